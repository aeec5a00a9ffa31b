package nl.shopfloor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("127.0.0.1", "10.0.0.2");

    @Test
    void theForwardedAddressCountsOnlyWhenOurOwnProxySentIt() {
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.7", PROXIES)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("198.51.100.9", "203.0.113.7", PROXIES)).as("a client's own header").isEqualTo("198.51.100.9");
        assertThat(ClientAddress.of("127.0.0.1", null, PROXIES)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.7", Set.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void theNearestUntrustedHopIsTheClientWhateverItWroteBeforeIt() {
        assertThat(ClientAddress.of("127.0.0.1", "1.2.3.4, 203.0.113.7, 10.0.0.2", PROXIES)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("127.0.0.1", " , ", PROXIES)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.parse(" 127.0.0.1 ,10.0.0.2,")).isEqualTo(PROXIES);
    }
}
