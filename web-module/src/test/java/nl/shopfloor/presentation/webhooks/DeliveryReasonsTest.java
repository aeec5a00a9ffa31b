package nl.shopfloor.presentation.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryReasonsTest {

    private final DeliveryReasons dutch = new DeliveryReasons(Map.of(
            "webhooks.reason.unverified", "Het adres is nog niet bevestigd",
            "webhooks.reason.private_host", "De host {0} ligt in een priv\u00e9-, loopback- of link-local-netwerk")::get);

    @Test
    void theCouriersOwnReasonsAreSaidInTheViewersLanguage() {
        assertThat(dutch.of("The address is not verified")).as("A8").isEqualTo("Het adres is nog niet bevestigd");
        assertThat(dutch.of("The host hooks.local is in a private, loopback or link-local network")).as("A8 with the host")
                .isEqualTo("De host hooks.local ligt in een priv\u00e9-, loopback- of link-local-netwerk");
    }

    @Test
    void whatTheReceiverOrALibrarySaidStaysAsItCame() {
        assertThat(dutch.of("HTTP 500")).isEqualTo("HTTP 500");
        assertThat(dutch.of("ConnectException: Connection refused")).isEqualTo("ConnectException: Connection refused");
        assertThat(dutch.of(null)).isNull();
    }
}
