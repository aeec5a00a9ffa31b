package nl.shopfloor.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What retention takes out of a chat and its visitor, and what the figures of the past keep (privacy P4). */
class AnonymisationTest {

    private static final Instant START = Instant.parse("2025-10-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-02T03:20:00Z");

    @Test
    void aChatLosesWhoAndWhereButKeepsWhenWhatAndWith() {
        Visitor visitor = new Visitor("v1", "demo", "nl", START);
        Conversation conversation = new Conversation("c1", visitor, new PreChat("Noor", "noor@example.com", "order"), "nl",
                new Page("https://shop.example/orders?id=123&email=noor%40example.com#details", "Your orders"), ChatOrigin.REACTIVE, START);
        conversation.answered(START.plusSeconds(12));
        conversation.close(START.plusSeconds(300));

        conversation.anonymise(LATER);

        assertThat(conversation.visitorName()).as("P4").isEmpty();
        assertThat(conversation.visitorEmail()).as("P4").isNull();
        assertThat(conversation.page().url()).as("P4 no query string or fragment").isEqualTo("https://shop.example/orders");
        assertThat(conversation.anonymisedAt()).isEqualTo(LATER);
        assertThat(conversation.startedAt()).as("P4 kept for the KPIs").isEqualTo(START);
        assertThat(conversation.firstResponseAt()).as("P4 kept").isEqualTo(START.plusSeconds(12));
        assertThat(conversation.closedAt()).as("P4 kept").isEqualTo(START.plusSeconds(300));
        assertThat(conversation.topic()).as("P4 kept").isEqualTo("order");
        assertThat(conversation.status()).as("P4 kept").isEqualTo(ConversationStatus.CLOSED);
        assertThat(conversation.visitorId()).as("P4 later orders of the browser still credit the chat").isEqualTo("v1");
    }

    @Test
    void aVisitorLosesNameAddressAndCustomerUntilTheyComeBack() {
        Visitor visitor = new Visitor("v1", "demo", "nl", START);
        visitor.introduce("Noor", "noor@example.com");
        visitor.identifyAs("C-1001");

        visitor.anonymise(LATER);

        assertThat(visitor.name()).as("P4").isNull();
        assertThat(visitor.email()).as("P4").isNull();
        assertThat(visitor.customerRef()).as("P4").isNull();
        assertThat(visitor.id()).isEqualTo("v1");
        assertThat(visitor.anonymisedAt()).isEqualTo(LATER);

        visitor.introduce("Noor", null);
        assertThat(visitor.anonymisedAt()).as("P4 personal data again: the next run takes it out once it is old").isNull();
    }

    @Test
    void aUrlKeepsItsPathOnly() {
        assertThat(Page.withoutQuery("https://shop.example/a/b?q=1")).isEqualTo("https://shop.example/a/b");
        assertThat(Page.withoutQuery("https://shop.example/a#x?y")).isEqualTo("https://shop.example/a");
        assertThat(Page.withoutQuery("https://shop.example/a")).isEqualTo("https://shop.example/a");
        assertThat(Page.withoutQuery(null)).isNull();
    }
}
