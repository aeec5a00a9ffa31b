package nl.shopfloor.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import nl.shopfloor.webhooks.control.WebhookRefused.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {

    /** Answers from a table, as DNS would; unknown names are unknown. */
    private static final WebhookUrls.Resolver TABLE = host -> {
        Map<String, List<String>> table = Map.of(
                "hooks.example.com", List.of("93.184.215.14"),
                "metadata.example.com", List.of("169.254.169.254"),
                "mixed.example.com", List.of("93.184.215.14", "10.1.2.3"),
                "v6.example.com", List.of("2606:2800:21f:cb07:6820:80da:af6b:8b2c"));
        List<String> addresses = table.get(host);
        if (addresses == null) {
            try {
                // literal addresses resolve to themselves, without DNS
                return List.of(InetAddress.getByName(host));
            } catch (UnknownHostException e) {
                throw e;
            }
        }
        return addresses.stream().map(WebhookUrlsTest::address).toList();
    };

    @Test
    void aPublicHttpsAddressIsTaken() {
        assertThat(WebhookUrls.check("https://hooks.example.com/shopfloor?x=1", false, TABLE)).as("W2")
                .hasToString("https://hooks.example.com/shopfloor?x=1");
        assertThat(WebhookUrls.check("http://v6.example.com:8080/in", false, TABLE)).as("W2").hasPort(8080);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.com/", "file:///etc/passwd", "javascript:alert(1)", "hooks.example.com/in",
            "https://user:secret@hooks.example.com/", "https://user@hooks.example.com/", "https:///nohost",
            "https://hooks.example.com/in#part", "https://hooks.example.com/a b", "", " "})
    void otherSchemesCredentialsAndMalformedAddressesAreRefused(String url) {
        assertThatThrownBy(() -> WebhookUrls.check(url, true, TABLE)).as("W2 %s", url)
                .isInstanceOfSatisfying(WebhookRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.INVALID_URL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://localhost/", "http://10.0.0.5/", "http://172.16.3.4/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data", "http://metadata.example.com/", "http://mixed.example.com/", "http://0.0.0.0/",
            "http://100.64.1.1/", "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a00:1]/", "http://224.0.0.1/", "http://2130706433/"})
    void privateLoopbackAndLinkLocalAddressesAreRefusedByDefault(String url) {
        assertThatThrownBy(() -> WebhookUrls.check(url, false, TABLE)).as("W2 %s", url)
                .isInstanceOfSatisfying(WebhookRefused.class, refused -> assertThat(refused.reason()).isIn(Reason.PRIVATE_ADDRESS, Reason.INVALID_URL));
    }

    @Test
    void privateAddressesAreTakenWhenTheSettingAllowsThem() {
        assertThat(WebhookUrls.check("http://127.0.0.1:9999/hook", true, TABLE)).as("W2").hasPort(9999);
    }

    @Test
    void anUnknownHostIsRefused() {
        assertThatThrownBy(() -> WebhookUrls.check("https://nowhere.invalid/", false, TABLE))
                .isInstanceOfSatisfying(WebhookRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.INVALID_URL));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
