package nl.shopfloor.agents.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {

    // Monday 23 November 2026.
    private static final LocalDateTime MONDAY_0800 = LocalDateTime.of(2026, 11, 23, 8, 0);

    private final RosterShift mondayChat = new RosterShift("a", "shop", "sanne", DayOfWeek.MONDAY, 8 * 60, 10 * 60, WorkChannel.CHAT);
    private final RosterShift mondayPhone = new RosterShift("b", "shop", "sanne", DayOfWeek.MONDAY, 10 * 60, 12 * 60, WorkChannel.PHONE);
    private final Roster roster = new Roster(List.of(mondayChat, mondayPhone));

    @Test
    void aShiftCountsFromItsFirstMinuteUpToButNotIncludingItsEnd() {
        assertThat(roster.stepAt(MONDAY_0800.minusMinutes(1))).isEqualTo(RosterStep.OFF);
        assertThat(roster.stepAt(MONDAY_0800).channel()).isEqualTo(WorkChannel.CHAT);
        assertThat(roster.stepAt(MONDAY_0800.plusMinutes(119).plusSeconds(59)).channel()).isEqualTo(WorkChannel.CHAT);
        assertThat(roster.stepAt(MONDAY_0800.plusHours(2)).channel()).isEqualTo(WorkChannel.PHONE);
        assertThat(roster.stepAt(MONDAY_0800.plusHours(4))).isEqualTo(RosterStep.OFF);
    }

    @Test
    void theSameShiftNextWeekIsAnotherStep() {
        RosterStep thisWeek = roster.stepAt(MONDAY_0800);
        RosterStep nextWeek = roster.stepAt(MONDAY_0800.plusWeeks(1));
        assertThat(nextWeek.channel()).isEqualTo(thisWeek.channel());
        assertThat(nextWeek.key()).isNotEqualTo(thisWeek.key());
        assertThat(roster.stepAt(MONDAY_0800.plusMinutes(30)).key()).isEqualTo(thisWeek.key());
    }

    @Test
    void otherDaysAreOff() {
        assertThat(roster.stepAt(MONDAY_0800.plusDays(1))).isEqualTo(RosterStep.OFF);
    }

    @Test
    void aShiftUntilMidnightCoversTheLastMinute() {
        Roster evening = new Roster(List.of(new RosterShift("c", "shop", "sanne", DayOfWeek.MONDAY, 18 * 60, 24 * 60, WorkChannel.EMAIL)));
        assertThat(evening.stepAt(LocalDateTime.of(2026, 11, 23, 23, 59, 59)).channel()).isEqualTo(WorkChannel.EMAIL);
        assertThat(evening.stepAt(LocalDateTime.of(2026, 11, 24, 0, 0))).isEqualTo(RosterStep.OFF);
    }

    @Test
    void shiftsOverlapOnlyForTheSameAgentOnTheSameDay() {
        RosterShift sameTime = new RosterShift("d", "shop", "sanne", DayOfWeek.MONDAY, 9 * 60, 11 * 60, WorkChannel.EMAIL);
        RosterShift colleague = new RosterShift("e", "shop", "mehmet", DayOfWeek.MONDAY, 9 * 60, 11 * 60, WorkChannel.EMAIL);
        RosterShift adjacent = new RosterShift("f", "shop", "sanne", DayOfWeek.MONDAY, 12 * 60, 13 * 60, WorkChannel.EMAIL);
        assertThat(sameTime.overlaps(mondayChat)).isTrue();
        assertThat(colleague.overlaps(mondayChat)).isFalse();
        assertThat(adjacent.overlaps(mondayPhone)).isFalse();
    }
}
