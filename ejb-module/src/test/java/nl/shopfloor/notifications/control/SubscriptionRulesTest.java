package nl.shopfloor.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void aBrowsersSubscriptionIsAccepted() throws Exception {
        String key = browserKey();
        String auth = B64.encodeToString(new byte[16]);
        var checked = SubscriptionRules.check("https://fcm.googleapis.com/fcm/send/abc:def", key, auth, false);
        assertThat(checked.endpoint().getHost()).as("N3").isEqualTo("fcm.googleapis.com");
        assertThat(checked.p256dh()).isEqualTo(key);
    }

    @Test
    void plainHttpOnlyToThisMachineAndOnlyWhenAllowed() throws Exception {
        String key = browserKey();
        String auth = B64.encodeToString(new byte[16]);
        assertThat(SubscriptionRules.check("http://127.0.0.1:9999/push/1", key, auth, true).endpoint().getPort()).isEqualTo(9999);
        assertThatThrownBy(() -> SubscriptionRules.check("http://127.0.0.1:9999/push/1", key, auth, false))
                .as("N3 not in production").isInstanceOf(SubscriptionRefused.class).hasMessageContaining("demo and tests");
        assertThatThrownBy(() -> SubscriptionRules.check("http://push.example.com/1", key, auth, true))
                .as("N3 http elsewhere never").isInstanceOf(SubscriptionRefused.class).hasMessageContaining("https");
    }

    @Test
    void badEndpointsAreRefused() throws Exception {
        String key = browserKey();
        String auth = B64.encodeToString(new byte[16]);
        for (String endpoint : new String[] {null, "", "not a url", "/relative", "https://user:pw@push.example.com/1",
                "https://push.example.com/1#x", "ftp://push.example.com/1", "javascript:alert(1)",
                "https://push.example.com/" + "a".repeat(1000)}) {
            assertThatThrownBy(() -> SubscriptionRules.check(endpoint, key, auth, true)).as("N3 %s", endpoint)
                    .isInstanceOf(SubscriptionRefused.class);
        }
    }

    @Test
    void keysMustBeAPointOnP256AndASixteenByteSecret() throws Exception {
        String endpoint = "https://push.example.com/1";
        String auth = B64.encodeToString(new byte[16]);
        byte[] point = Base64.getUrlDecoder().decode(browserKey());
        byte[] offCurve = Arrays.copyOf(point, 65);
        offCurve[64] ^= 1;
        for (String key : new String[] {null, "", "!!!", B64.encodeToString(new byte[65]), B64.encodeToString(offCurve),
                B64.encodeToString(Arrays.copyOf(point, 33))}) {
            assertThatThrownBy(() -> SubscriptionRules.check(endpoint, key, auth, false)).as("N3 key %s", key)
                    .isInstanceOf(SubscriptionRefused.class).hasMessageContaining("p256dh");
        }
        for (String secret : new String[] {null, B64.encodeToString(new byte[15]), B64.encodeToString(new byte[17]), "%%"}) {
            assertThatThrownBy(() -> SubscriptionRules.check(endpoint, B64.encodeToString(point), secret, false))
                    .as("N3 auth %s", secret).isInstanceOf(SubscriptionRefused.class).hasMessageContaining("auth");
        }
    }

    /** As a browser makes it: a fresh P-256 key pair's public point, uncompressed. */
    static String browserKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        System.arraycopy(x, Math.max(0, x.length - 32), point, 1 + 32 - Math.min(32, x.length), Math.min(32, x.length));
        System.arraycopy(y, Math.max(0, y.length - 32), point, 33 + 32 - Math.min(32, y.length), Math.min(32, y.length));
        return B64.encodeToString(point);
    }
}
