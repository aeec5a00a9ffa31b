package nl.shopfloor.agents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    /** Records what PBKDF2 work was asked for; the work itself is real. */
    static final class WatchedPasswords extends Passwords {
        final List<String> work = new ArrayList<>();

        @Override
        byte[] pbkdf2(String algorithm, char[] password, byte[] salt, int iterations, int hashBytes) {
            work.add(algorithm + "/" + iterations + "/" + salt.length + "/" + hashBytes);
            return super.pbkdf2(algorithm, password, salt, iterations, hashBytes);
        }
    }

    final WatchedPasswords passwords = new WatchedPasswords();

    @Test
    void hashesVerifyInTheJakartaSecurityFormat() {
        String hash = passwords.hash("correct horse");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(passwords.verify("correct horse", hash)).isTrue();
        assertThat(passwords.verify("wrong horse", hash)).isFalse();
        assertThat(passwords.verify(null, hash)).isFalse();
        assertThat(passwords.hash("correct horse")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void anUnknownAccountCostsTheSameWorkAsAWrongPassword() {
        String hash = passwords.hash("correct horse");
        passwords.work.clear();
        assertThat(passwords.verify("guess", hash)).isFalse();
        List<String> wrongPassword = List.copyOf(passwords.work);
        passwords.work.clear();
        assertThat(passwords.verify("guess", null)).as("A5 no account").isFalse();
        assertThat(passwords.work).as("A5 the same PBKDF2 work").isEqualTo(wrongPassword)
                .containsExactly("PBKDF2WithHmacSHA512/210000/32/32");
        passwords.work.clear();
        assertThat(passwords.verify("guess", "broken")).isFalse();
        assertThat(passwords.work).as("A5 a broken stored hash too").isEqualTo(wrongPassword);
    }
}
