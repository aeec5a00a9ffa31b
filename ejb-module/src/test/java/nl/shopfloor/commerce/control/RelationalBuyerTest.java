package nl.shopfloor.commerce.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RelationalBuyerTest {

    private static final BigDecimal AVERAGE = new BigDecimal("100.00");

    @Test
    void talksOnSeveralTopicsAndBuysMoreThanFiveAverageOrders() {
        assertThat(RelationalBuyer.is(3, 2, new BigDecimal("500.01"), AVERAGE)).as("M6").isTrue();
    }

    @Test
    void notWithFewerChatsOrTopics() {
        assertThat(RelationalBuyer.is(2, 2, new BigDecimal("5000"), AVERAGE)).as("M6 two earlier chats").isFalse();
        assertThat(RelationalBuyer.is(10, 1, new BigDecimal("5000"), AVERAGE)).as("M6 one topic").isFalse();
    }

    @Test
    void notWithoutAValueAboveFiveAverageOrders() {
        assertThat(RelationalBuyer.is(3, 2, new BigDecimal("500.00"), AVERAGE)).as("M6 exactly five: not above").isFalse();
        assertThat(RelationalBuyer.is(3, 2, null, AVERAGE)).as("M6 no value known").isFalse();
        assertThat(RelationalBuyer.is(3, 2, new BigDecimal("500.01"), null)).as("M6 the shop sold nothing").isFalse();
    }
}
