package nl.shopfloor.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void signsTheTimestampAndTheBodyWithTheSecret() throws Exception {
        String body = "{\"id\":\"e1\",\"type\":\"message.created\",\"data\":{\"text\":\"Héllo\"}}";
        String header = Signatures.header("whsec_test", 1_796_000_000L, body);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec_test".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(("1796000000." + body).getBytes(StandardCharsets.UTF_8)));
        assertThat(header).as("W3").isEqualTo("t=1796000000,v1=" + expected);
    }

    @Test
    void anotherSecretTimestampOrBodyGivesAnotherSignature() {
        String signature = Signatures.header("whsec_a", 100, "{}");
        assertThat(Signatures.header("whsec_b", 100, "{}")).as("W3").isNotEqualTo(signature);
        assertThat(Signatures.header("whsec_a", 101, "{}").substring(10)).as("W3 the timestamp is signed").isNotEqualTo(signature.substring(8));
        assertThat(Signatures.header("whsec_a", 100, "{ }")).as("W3").isNotEqualTo(signature);
    }
}
