package nl.shopfloor.webhooks.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void receivesOnlyOnceTheReceiverEchoedTheChallenge() {
        WebhookSubscription subscription = subscription();
        assertThat(subscription.receives(EventType.MESSAGE_CREATED)).as("W2 unverified").isFalse();
        assertThat(subscription.verify("challenge-1", "{\"challenge\":\"wrong\"}", NOW)).isFalse();
        assertThat(subscription.verify("stale-one", "stale-one", NOW)).as("only the pending challenge").isFalse();
        assertThat(subscription.verify("challenge-1", "{\"challenge\":\"challenge-1\"}", NOW)).isTrue();
        assertThat(subscription.receives(EventType.MESSAGE_CREATED)).as("W2 verified").isTrue();
        assertThat(subscription.receives(EventType.SURVEY_ANSWERED)).as("W1 not subscribed").isFalse();
    }

    @Test
    void aNewAddressIsUnverifiedAndADisabledSubscriptionReceivesNothing() {
        WebhookSubscription subscription = subscription();
        subscription.verify("challenge-1", "challenge-1", NOW);
        subscription.change("https://hooks.example.com/in", EnumSet.of(EventType.MESSAGE_CREATED), true, "challenge-2");
        assertThat(subscription.isVerified()).as("the same address stays verified").isTrue();
        subscription.change("https://hooks.example.com/in", EnumSet.of(EventType.MESSAGE_CREATED), false, "challenge-2");
        assertThat(subscription.receives(EventType.MESSAGE_CREATED)).as("W1 disabled").isFalse();
        subscription.change("https://elsewhere.example.com/in", EnumSet.of(EventType.MESSAGE_CREATED), true, "challenge-3");
        assertThat(subscription.receives(EventType.MESSAGE_CREATED)).as("W2 a new address is verified anew").isFalse();
        assertThat(subscription.challenge()).isEqualTo("challenge-3");
        assertThat(subscription.types()).containsExactly(EventType.MESSAGE_CREATED);
    }

    private static WebhookSubscription subscription() {
        return new WebhookSubscription("sub-1", "demo", null, "https://hooks.example.com/in",
                EnumSet.of(EventType.MESSAGE_CREATED, EventType.CONVERSATION_STARTED), true, "whsec_x", "challenge-1", "admin", NOW);
    }
}
