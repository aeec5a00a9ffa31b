package nl.shopfloor.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionCountsTest {

    @Test
    void justAfterMidnightInAmsterdamTheShopsTomorrowIsCountableWhileUtcIsStillYesterday() {
        Instant halfPastMidnightInAmsterdam = Instant.parse("2026-12-03T23:27:00Z");
        LocalDate today = LocalDate.ofInstant(halfPastMidnightInAmsterdam, ZoneId.of("Europe/Amsterdam"));
        assertThat(today).isEqualTo("2026-12-04");
        assertThat(SessionCounts.countable(LocalDate.parse("2026-12-05"), today)).isTrue();
        assertThat(SessionCounts.countable(LocalDate.parse("2026-12-06"), today)).isFalse();
    }

    @Test
    void threeYearsBackIsTheOldestDay() {
        LocalDate today = LocalDate.parse("2026-12-04");
        assertThat(SessionCounts.countable(LocalDate.parse("2023-12-04"), today)).isTrue();
        assertThat(SessionCounts.countable(LocalDate.parse("2023-12-03"), today)).isFalse();
    }
}
