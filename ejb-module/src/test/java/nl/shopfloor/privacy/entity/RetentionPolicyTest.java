package nl.shopfloor.privacy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aMonthEndsAtTheStartOfTheShopsDayAMonthAgo() {
        // 2 December 00:30 in Amsterdam is still 1 December in UTC: the shop's day counts.
        Instant now = Instant.parse("2026-12-01T23:30:00Z");
        assertThat(RetentionPolicy.cutoff(1, now, AMSTERDAM)).as("P4").isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
        assertThat(RetentionPolicy.cutoff(1, now, ZoneId.of("UTC"))).as("P4").isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(RetentionPolicy.cutoff(12, now, AMSTERDAM)).as("P4 summer time a year ago")
                .isEqualTo(Instant.parse("2025-12-01T23:00:00Z"));
        assertThat(RetentionPolicy.cutoff(6, Instant.parse("2026-12-02T10:00:00Z"), AMSTERDAM)).as("P4 into summer time")
                .isEqualTo(Instant.parse("2026-06-01T22:00:00Z"));
    }

    @Test
    void theEndOfAMonthStaysInItsMonth() {
        assertThat(RetentionPolicy.cutoff(1, Instant.parse("2026-03-31T10:00:00Z"), AMSTERDAM)).as("P4 31 March - 1 month: 28 February")
                .isEqualTo(Instant.parse("2026-02-27T23:00:00Z"));
    }

    @Test
    void aRuleThatIsOffHasNoCutoff() {
        RetentionPolicy policy = new RetentionPolicy("shop");
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(policy.anonymiseBefore(now, AMSTERDAM)).as("P4 off by default").isEmpty();
        assertThat(policy.deleteContactsBefore(now, AMSTERDAM)).as("P4 off by default").isEmpty();
        assertThat(policy.periods().isOff()).isTrue();

        policy.change(new RetentionPeriods(null, 3));
        assertThat(policy.anonymiseBefore(now, AMSTERDAM)).isEmpty();
        assertThat(policy.deleteContactsBefore(now, AMSTERDAM)).contains(Instant.parse("2026-09-01T22:00:00Z"));
        assertThat(policy.periods().isOff()).isFalse();
    }

    @Test
    void periodsAreOneToAHundredAndTwentyMonths() {
        assertThat(new RetentionPeriods(1, 120).anonymiseAfterMonths()).isEqualTo(1);
        assertThatIllegalArgumentException().as("P4").isThrownBy(() -> new RetentionPeriods(0, null));
        assertThatIllegalArgumentException().as("P4").isThrownBy(() -> new RetentionPeriods(null, 121));
        assertThatIllegalArgumentException().as("P4").isThrownBy(() -> new RetentionPeriods(-1, 12));
    }
}
