package nl.shopfloor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static final Set<String> PROXIES = ClientAddress.parse(" 10.0.0.2, 10.0.0.3 ,,");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", PROXIES)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", Set.of())).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.2", null, PROXIES)).isEqualTo("10.0.0.2");
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedAddressCounts() {
        assertThat(ClientAddress.of("10.0.0.2", "203.0.113.9", PROXIES)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3", PROXIES))
                .as("what the client wrote itself, left of its real address, does not count").isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.2", "2001:db8::1", PROXIES)).isEqualTo("2001:db8::1");
        assertThat(ClientAddress.of("10.0.0.2", "10.0.0.3", PROXIES)).as("only proxies").isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", "", PROXIES)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", "<script>", PROXIES)).as("not an address: the proxy counts").isEqualTo("10.0.0.2");
    }
}
