package nl.shopfloor.agents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Password hashing for agents. The identity store that checks logins is declared with the same parameters,
 * so they live here as constants.
 */
@ApplicationScoped
public class Passwords {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512. */
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    public String hash(String password) {
        hash.initialize(Arrays.stream(new String[]{ALGORITHM, ITERATIONS, SALT_BYTES})
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1])));
        return hash.generate(password.toCharArray());
    }

}
