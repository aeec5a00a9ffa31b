package nl.shopfloor.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.shopfloor.kpi.control.Attribution.Chat;
import nl.shopfloor.kpi.control.Attribution.Credit;
import nl.shopfloor.kpi.control.Attribution.Order;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static Chat chat(String id, String visitor, String customer, Instant started, Instant closed) {
        return new Chat(id, visitor, customer, "agent-" + id, started, closed);
    }

    private static Order order(String ref, String visitor, String customer, Instant placed) {
        return new Order(ref, visitor, customer, new BigDecimal("100.00"), placed, true);
    }

    @Test
    void anOrderDuringTheChatAndOneDaysLaterAreBothCreditedToIt() {
        Chat chat = chat("c1", "v1", null, T, T.plusSeconds(600));
        List<Credit> credits = Attribution.credit(List.of(order("during", "v1", null, T.plusSeconds(300)),
                order("after", "v1", null, T.plus(Duration.ofDays(1)))), List.of(chat), WEEK);
        assertThat(credits).extracting(c -> c.order().ref() + ":" + c.chat().id() + ":" + c.during())
                .containsExactly("during:c1:true", "after:c1:false");
    }

    @Test
    void anOrderBeforeTheChatOrAfterTheWindowIsNotCredited() {
        Chat chat = chat("c1", "v1", null, T, T.plusSeconds(600));
        List<Credit> credits = Attribution.credit(List.of(order("before", "v1", null, T.minusSeconds(1)),
                order("late", "v1", null, T.plus(WEEK).plusSeconds(1)), order("edge", "v1", null, T.plus(WEEK))), List.of(chat), WEEK);
        assertThat(credits).extracting(c -> c.order().ref()).containsExactly("edge");
    }

    @Test
    void twoChatsBeforeOneOrderCreditTheLastOne() {
        List<Credit> credits = Attribution.credit(List.of(order("o", "v1", null, T.plus(Duration.ofDays(3)))),
                List.of(chat("first", "v1", null, T, T.plusSeconds(60)), chat("last", "v1", null, T.plus(Duration.ofDays(2)), null)), WEEK);
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.chat().id()).isEqualTo("last");
            assertThat(c.during()).as("the chat is still open").isTrue();
        });
    }

    @Test
    void oneCustomerWithSeveralVisitorsIsRecognisedAcrossDevices() {
        Chat onPhone = chat("phone", "v-phone", "C-1", T, T.plusSeconds(60));
        List<Credit> credits = Attribution.credit(List.of(order("desk", "v-desktop", "C-1", T.plus(Duration.ofHours(5))),
                order("stranger", "v-other", "C-2", T.plusSeconds(30))), List.of(onPhone), WEEK);
        assertThat(credits).extracting(c -> c.order().ref() + ":" + c.chat().id()).containsExactly("desk:phone");
    }

    @Test
    void cancelledAndRefundedOrdersAreCreditedToNobody() {
        Order cancelled = new Order("x", "v1", null, new BigDecimal("500.00"), T.plusSeconds(10), false);
        assertThat(Attribution.credit(List.of(cancelled), List.of(chat("c1", "v1", null, T, null)), WEEK)).isEmpty();
    }

    @Test
    void theWindowIsTheShopsSetting() {
        Chat chat = chat("c1", "v1", null, T, T.plusSeconds(60));
        Order twoDaysLater = order("o", "v1", null, T.plus(Duration.ofDays(2)));
        assertThat(Attribution.credit(List.of(twoDaysLater), List.of(chat), Duration.ofDays(1))).isEmpty();
        assertThat(Attribution.credit(List.of(twoDaysLater), List.of(chat), Duration.ofDays(30))).hasSize(1);
    }
}
