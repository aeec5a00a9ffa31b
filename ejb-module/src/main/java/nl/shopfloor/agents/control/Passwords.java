package nl.shopfloor.agents.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing for agents: PBKDF2-HMAC-SHA512 in the text format of Jakarta Security's
 * {@code Pbkdf2PasswordHash} ({@code algorithm:iterations:base64 salt:base64 hash}), so hashes stored before
 * keep working. Done with the JDK rather than the container's {@code Pbkdf2PasswordHash} so that checking a
 * login for an unknown name can do exactly the same work as for a wrong password (A5).
 */
@ApplicationScoped
public class Passwords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512. */
    static final int ITERATIONS = 210_000;
    static final int SALT_BYTES = 32;
    static final int HASH_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Checked against when there is no account, so that an unknown name costs what a wrong password costs. */
    private final String dummyHash = encode(new byte[SALT_BYTES], new byte[HASH_BYTES]);

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(salt, pbkdf2(ALGORITHM, password.toCharArray(), salt, ITERATIONS, HASH_BYTES));
    }

    /**
     * Whether the password matches the stored hash. Without a stored hash ({@code null}: no such account) it
     * still derives a key with the current parameters and then answers false.
     */
    public boolean verify(String password, String storedHash) {
        String[] parts = (storedHash == null ? dummyHash : storedHash).split(":");
        char[] typed = (password == null ? "" : password).toCharArray();
        if (parts.length != 4) {
            pbkdf2(ALGORITHM, typed, new byte[SALT_BYTES], ITERATIONS, HASH_BYTES);
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(parts[0], typed, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]), expected.length);
        return MessageDigest.isEqual(expected, actual) && storedHash != null;
    }

    /** The one place the work is done; tests look at what it was asked to do. */
    byte[] pbkdf2(String algorithm, char[] password, byte[] salt, int iterations, int hashBytes) {
        try {
            return SecretKeyFactory.getInstance(algorithm)
                    .generateSecret(new PBEKeySpec(password, salt, iterations, hashBytes * 8))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available: " + algorithm, e);
        }
    }

    private static String encode(byte[] salt, byte[] hash) {
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }
}
