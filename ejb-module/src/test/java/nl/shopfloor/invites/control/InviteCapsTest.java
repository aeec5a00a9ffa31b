package nl.shopfloor.invites.control;

import static nl.shopfloor.invites.control.Shopping.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.PastInvite;
import org.junit.jupiter.api.Test;

class InviteCapsTest {

    private static Cap blocking(FrequencyCaps caps, PastInvite... shown) {
        return InviteCaps.blocking(caps, "rule", "session-now", new InviteHistory(List.of(shown)), NOW);
    }

    private static PastInvite shown(String rule, String session, Instant at) {
        return new PastInvite(rule, "A", session, at, null);
    }

    @Test
    void noCapsAndNoHistoryAllowEverything() {
        assertThat(blocking(FrequencyCaps.NONE, shown("rule", "session-now", NOW.minusSeconds(1)))).as("I4").isNull();
        assertThat(blocking(new FrequencyCaps(1, 1, 1, Duration.ofHours(1)))).as("I4").isNull();
    }

    @Test
    void perSessionCountsThisRuleInThisSession() {
        FrequencyCaps twice = new FrequencyCaps(2, null, null, null);
        assertThat(blocking(twice, shown("rule", "session-now", NOW.minusSeconds(60)))).as("I4").isNull();
        assertThat(blocking(twice, shown("rule", "session-now", NOW.minusSeconds(60)), shown("rule", "session-now", NOW.minusSeconds(30))))
                .as("I4").isEqualTo(Cap.PER_SESSION);
        assertThat(blocking(twice, shown("rule", "session-before", NOW.minusSeconds(60)), shown("other", "session-now", NOW.minusSeconds(30)),
                shown("rule", "session-now", NOW.minusSeconds(10)))).as("I4 other sessions and rules do not count").isNull();
    }

    @Test
    void perDayCountsThisRuleInTheLast24Hours() {
        FrequencyCaps oncePerDay = new FrequencyCaps(null, 1, null, null);
        assertThat(blocking(oncePerDay, shown("rule", "s", NOW.minus(Duration.ofDays(1)).plusSeconds(1)))).as("I4").isEqualTo(Cap.PER_DAY);
        assertThat(blocking(oncePerDay, shown("rule", "s", NOW.minus(Duration.ofDays(1))))).as("I4 exactly a day ago is outside").isNull();
        assertThat(blocking(oncePerDay, shown("other", "s", NOW.minusSeconds(1)))).as("I4").isNull();
    }

    @Test
    void notAgainForSoManyDaysAfterADismissOfThisRule() {
        FrequencyCaps weekAfterDismiss = new FrequencyCaps(null, null, 7, null);
        PastInvite dismissed = new PastInvite("rule", "A", "s", NOW.minus(Duration.ofDays(7)), NOW.minus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(blocking(weekAfterDismiss, dismissed)).as("I4").isEqualTo(Cap.AFTER_DISMISS);
        PastInvite weekAgo = new PastInvite("rule", "A", "s", NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(7)));
        assertThat(blocking(weekAfterDismiss, weekAgo)).as("I4").isNull();
        assertThat(blocking(weekAfterDismiss, new PastInvite("other", "A", "s", NOW.minusSeconds(9), NOW.minusSeconds(5)))).as("I4").isNull();
        assertThat(blocking(weekAfterDismiss, shown("rule", "s", NOW.minusSeconds(5)))).as("I4 shown, not dismissed").isNull();
    }

    @Test
    void aMinimumGapAfterAnyInvite() {
        FrequencyCaps fiveMinutes = new FrequencyCaps(null, null, null, Duration.ofMinutes(5));
        assertThat(blocking(fiveMinutes, shown("other", "s", NOW.minus(Duration.ofMinutes(5)).plusSeconds(1)))).as("I4").isEqualTo(Cap.MIN_GAP);
        assertThat(blocking(fiveMinutes, shown("other", "s", NOW.minus(Duration.ofMinutes(5))))).as("I4").isNull();
    }
}
