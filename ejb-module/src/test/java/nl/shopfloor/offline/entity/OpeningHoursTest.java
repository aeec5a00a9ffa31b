package nl.shopfloor.offline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    // Monday 23 November 2026.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static List<OpeningPeriod> weekdays(String team, int open, int close) {
        List<OpeningPeriod> periods = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            periods.add(new OpeningPeriod(team + day, "shop", team, day, open, close));
        }
        return periods;
    }

    private final List<OpeningPeriod> salesNineToFive = weekdays("sales", 9 * 60, 17 * 60);
    private final OpeningHours hours = new OpeningHours(Set.of("sales"), salesNineToFive, Set.of());

    @Test
    void openWithinThePeriodsOnly() {
        assertThat(hours.isOpen(MONDAY.atTime(8, 59))).isFalse();
        assertThat(hours.isOpen(MONDAY.atTime(9, 0))).isTrue();
        assertThat(hours.isOpen(MONDAY.atTime(16, 59))).isTrue();
        assertThat(hours.isOpen(MONDAY.atTime(17, 0))).isFalse();
        assertThat(hours.isOpen(MONDAY.plusDays(5).atTime(12, 0))).as("Saturday").isFalse();
    }

    @Test
    void nextOpeningIsLaterTodayTomorrowOrAfterTheWeekend() {
        assertThat(hours.nextOpening(MONDAY.atTime(7, 30))).contains(MONDAY.atTime(9, 0));
        assertThat(hours.nextOpening(MONDAY.atTime(17, 30))).contains(MONDAY.plusDays(1).atTime(9, 0));
        assertThat(hours.nextOpening(MONDAY.plusDays(4).atTime(18, 0))).as("Friday evening").contains(MONDAY.plusDays(7).atTime(9, 0));
        assertThat(hours.nextOpening(MONDAY.atTime(10, 0))).as("open now").isEmpty();
    }

    @Test
    void aHolidayClosesEveryTeamAndIsSkipped() {
        OpeningHours christmas = new OpeningHours(Set.of("sales", "support"), salesNineToFive, Set.of(MONDAY, MONDAY.plusDays(1)));
        assertThat(christmas.isOpen(MONDAY.atTime(10, 0))).isFalse();
        assertThat(christmas.isOpen("support", MONDAY.atTime(10, 0))).as("a team without hours, on a holiday").isFalse();
        assertThat(christmas.nextOpening(MONDAY.atTime(10, 0))).contains(MONDAY.plusDays(2).atStartOfDay());
    }

    @Test
    void aTeamWithoutHoursIsAlwaysOpenSoTheShopIs() {
        OpeningHours mixed = new OpeningHours(Set.of("sales", "support"), salesNineToFive, Set.of());
        assertThat(mixed.isOpen("sales", MONDAY.atTime(20, 0))).isFalse();
        assertThat(mixed.isOpen("support", MONDAY.atTime(20, 0))).isTrue();
        assertThat(mixed.isOpen(MONDAY.atTime(20, 0))).isTrue();
    }

    @Test
    void agentsWithoutATeamFollowTheShop() {
        assertThat(hours.isOpen(null, MONDAY.atTime(10, 0))).isTrue();
        assertThat(hours.isOpen(null, MONDAY.atTime(20, 0))).isFalse();
    }

    @Test
    void aShopWithoutHoursIsOpenButOnHolidays() {
        OpeningHours none = new OpeningHours(Set.of("sales"), List.of(), Set.of(MONDAY));
        assertThat(none.isOpen(MONDAY.plusDays(1).atTime(3, 0))).isTrue();
        assertThat(none.isOpen(MONDAY.atTime(12, 0))).isFalse();
        assertThat(none.nextOpening(MONDAY.atTime(12, 0))).contains(MONDAY.plusDays(1).atStartOfDay());
    }
}
