package nl.shopfloor.commerce.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LifecycleStageTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void newWithoutOrdersOrWithAFirstOrderOfLessThan30Days() {
        assertThat(LifecycleStage.of(null, null, NOW, LifecycleThresholds.DEFAULT)).as("M5 no order yet").isEqualTo(LifecycleStage.NEW);
        assertThat(LifecycleStage.of(daysAgo(29), daysAgo(1), NOW, LifecycleThresholds.DEFAULT)).as("M5").isEqualTo(LifecycleStage.NEW);
        assertThat(LifecycleStage.of(daysAgo(30), daysAgo(30), NOW, LifecycleThresholds.DEFAULT)).as("M5 30 days: no longer new").isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void activeUntilTheLastOrderIs90DaysOld() {
        assertThat(LifecycleStage.of(daysAgo(400), daysAgo(89), NOW, LifecycleThresholds.DEFAULT)).as("M5").isEqualTo(LifecycleStage.ACTIVE);
        assertThat(LifecycleStage.of(daysAgo(400), daysAgo(90), NOW, LifecycleThresholds.DEFAULT)).as("M5 at risk from 90 days").isEqualTo(LifecycleStage.AT_RISK);
        assertThat(LifecycleStage.of(daysAgo(400), daysAgo(364), NOW, LifecycleThresholds.DEFAULT)).as("M5").isEqualTo(LifecycleStage.AT_RISK);
    }

    @Test
    void lostWhenTheLastOrderIsAYearOld() {
        assertThat(LifecycleStage.of(daysAgo(365), daysAgo(365), NOW, LifecycleThresholds.DEFAULT)).as("M5 lost from 365 days").isEqualTo(LifecycleStage.LOST);
        assertThat(LifecycleStage.of(daysAgo(2000), daysAgo(1000), NOW, LifecycleThresholds.DEFAULT)).as("M5").isEqualTo(LifecycleStage.LOST);
    }

    @Test
    void aShopThatSellsOnceAYearHasItsOwnThresholds() {
        LifecycleThresholds yearly = new LifecycleThresholds(60, 400, 800);
        assertThat(LifecycleStage.of(daysAgo(59), daysAgo(59), NOW, yearly)).as("M5 new for 60 days").isEqualTo(LifecycleStage.NEW);
        assertThat(LifecycleStage.of(daysAgo(1000), daysAgo(365), NOW, yearly)).as("M5 a year after: still active")
                .isEqualTo(LifecycleStage.ACTIVE);
        assertThat(LifecycleStage.of(daysAgo(1000), daysAgo(400), NOW, yearly)).as("M5").isEqualTo(LifecycleStage.AT_RISK);
        assertThat(LifecycleStage.of(daysAgo(1000), daysAgo(800), NOW, yearly)).as("M5").isEqualTo(LifecycleStage.LOST);
    }

    @Test
    void atRiskComesBeforeLostAndEveryThresholdIsADayToTenYears() {
        assertThatIllegalArgumentException().as("M5").isThrownBy(() -> new LifecycleThresholds(30, 365, 365));
        assertThatIllegalArgumentException().as("M5").isThrownBy(() -> new LifecycleThresholds(0, 90, 365));
        assertThatIllegalArgumentException().as("M5").isThrownBy(() -> new LifecycleThresholds(30, 0, 365));
        assertThatIllegalArgumentException().as("M5").isThrownBy(() -> new LifecycleThresholds(30, 90, 3651));
        assertThat(new LifecycleThresholds(1, 1, 2).lostAfterDays()).isEqualTo(2);
    }
}
