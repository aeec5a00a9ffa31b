package nl.shopfloor.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.shopfloor.kpi.control.OrderCredits.Credited;
import org.junit.jupiter.api.Test;

class OrderCreditsTest {

    @Test
    void onlyCreditsThatCameOrWentMakeRoutingCountAgain() {
        Credited toAnna = new Credited("chat-1", "anna");
        Credited toBob = new Credited("chat-2", "bob");
        assertThat(OrderCredits.changed(Set.of(toAnna, toBob), Set.of(toAnna, toBob)))
                .as("R5 the same orders sent again, or the window changed without moving a credit: nothing to count again").isEmpty();
        assertThat(OrderCredits.changed(Set.of(toAnna, toBob), Set.of(toAnna)))
                .as("R5 bob's order was cancelled").containsExactly(toBob);
        Credited handedOver = new Credited("chat-1", "carla");
        assertThat(OrderCredits.changed(Set.of(toAnna), Set.of(handedOver)))
                .as("R5 the same chat, another agent by now: both are counted again").containsExactlyInAnyOrder(toAnna, handedOver);
    }
}
