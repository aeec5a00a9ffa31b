package nl.shopfloor.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import nl.shopfloor.commerce.entity.ResponseTimes;
import org.junit.jupiter.api.Test;

class ConversationTest {

    static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    static final ResponseTimes TIMES = new ResponseTimes(Duration.ofSeconds(20), Duration.ofSeconds(45), Duration.ofSeconds(180));

    private static Conversation assignedAt(Instant at) {
        Conversation conversation = new Conversation("c1", new Visitor("v1", "demo", "nl", START),
                new PreChat("Noor", null, "order"), "nl", Page.UNKNOWN, ChatOrigin.REACTIVE, START);
        conversation.assignTo(agent("sanne"), at, null);
        return conversation;
    }

    private static Agent agent(String name) {
        return new Agent(name, "demo", "hash", Role.AGENT, name, null, null, null);
    }

    @Test
    void stepsComeInOrderEachOnce() {
        Conversation conversation = assignedAt(START);
        assertThat(conversation.overdue(TIMES, START.plusSeconds(19))).isEqualTo(Overdue.NOTHING);
        assertThat(conversation.overdue(TIMES, START.plusSeconds(20))).isEqualTo(Overdue.APOLOGIZE);
        conversation.apologized(START.plusSeconds(20));
        assertThat(conversation.isUnanswered()).as("on every colleague's waiting list").isTrue();
        assertThat(conversation.overdue(TIMES, START.plusSeconds(30))).isEqualTo(Overdue.NOTHING);
        assertThat(conversation.overdue(TIMES, START.plusSeconds(45))).isEqualTo(Overdue.REROUTE);
        conversation.rerouted(agent("mehmet"), START.plusSeconds(45), null);
        assertThat(conversation.overdue(TIMES, START.plusSeconds(179))).as("re-routed once only").isEqualTo(Overdue.NOTHING);
        assertThat(conversation.overdue(TIMES, START.plusSeconds(180))).as("counted from the start")
                .isEqualTo(Overdue.OFFER_CONTACT_FORM);
    }

    @Test
    void aFirstAnswerEndsTheFollowUps() {
        Conversation conversation = assignedAt(START);
        conversation.answered(START.plusSeconds(5));
        assertThat(conversation.overdue(TIMES, START.plusSeconds(500))).isEqualTo(Overdue.NOTHING);
        assertThat(conversation.isUnanswered()).isFalse();
    }

    @Test
    void reRoutingCountsFromTheLatestAssignment() {
        Conversation conversation = assignedAt(START.plusSeconds(30));
        assertThat(conversation.overdue(TIMES, START.plusSeconds(60))).isEqualTo(Overdue.APOLOGIZE);
        conversation.apologized(START.plusSeconds(60));
        assertThat(conversation.overdue(TIMES, START.plusSeconds(74))).isEqualTo(Overdue.NOTHING);
        assertThat(conversation.overdue(TIMES, START.plusSeconds(75))).isEqualTo(Overdue.REROUTE);
    }

    @Test
    void closedChatsNeedNothing() {
        Conversation conversation = assignedAt(START);
        conversation.close(START.plusSeconds(1));
        assertThat(conversation.overdue(TIMES, START.plusSeconds(1000))).isEqualTo(Overdue.NOTHING);
    }

    @Test
    void responseTimesMustBeInOrder() {
        assertThatThrownBy(() -> new ResponseTimes(Duration.ofSeconds(50), Duration.ofSeconds(45), Duration.ofSeconds(180)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
