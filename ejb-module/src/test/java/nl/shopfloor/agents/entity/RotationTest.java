package nl.shopfloor.agents.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static final List<WorkChannel> THREE = List.of(WorkChannel.CHAT, WorkChannel.PHONE, WorkChannel.EMAIL);
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 0, 0);

    private final AtomicInteger counter = new AtomicInteger();
    private final Supplier<String> ids = () -> "s" + counter.incrementAndGet();

    @Test
    void twoHourBlocksFromEightToSixCycleThroughTheChannels() {
        Rotation rotation = new Rotation(THREE, Set.of(DayOfWeek.MONDAY), 8 * 60, 18 * 60, 120);
        List<RosterShift> first = rotation.shiftsFor("shop", "sanne", 0, ids);
        assertThat(first).extracting(RosterShift::fromText, RosterShift::toText, RosterShift::channel).containsExactly(
                tuple("08:00", "10:00", WorkChannel.CHAT),
                tuple("10:00", "12:00", WorkChannel.PHONE),
                tuple("12:00", "14:00", WorkChannel.EMAIL),
                tuple("14:00", "16:00", WorkChannel.CHAT),
                tuple("16:00", "18:00", WorkChannel.PHONE));
    }

    @Test
    void atEveryMomentTheTeamIsSpreadOverTheChannels() {
        Rotation rotation = new Rotation(THREE, Set.of(DayOfWeek.MONDAY), 8 * 60, 18 * 60, 120);
        List<Roster> team = List.of("a", "b", "c").stream()
                .map(name -> new Roster(rotation.shiftsFor("shop", name, List.of("a", "b", "c").indexOf(name), ids))).toList();
        for (LocalDateTime at = MONDAY.plusHours(8); at.isBefore(MONDAY.plusHours(18)); at = at.plusMinutes(30)) {
            LocalDateTime now = at;
            assertThat(team.stream().map(roster -> roster.stepAt(now).channel()).toList())
                    .as("at %s", at).containsExactlyInAnyOrderElementsOf(THREE);
        }
    }

    @Test
    void theLastBlockEndsWithTheRotation() {
        Rotation rotation = new Rotation(List.of(WorkChannel.CHAT, WorkChannel.PHONE), Set.of(DayOfWeek.FRIDAY), 9 * 60, 12 * 60 + 30, 90);
        assertThat(rotation.shiftsFor("shop", "sanne", 0, ids)).extracting(RosterShift::toText).containsExactly("10:30", "12:00", "12:30");
    }

    @Test
    void consecutiveBlocksOnOneChannelBecomeOneShift() {
        Rotation chatOnly = new Rotation(List.of(WorkChannel.CHAT), Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 0, 24 * 60, 120);
        List<RosterShift> shifts = chatOnly.shiftsFor("shop", "sanne", 3, ids);
        assertThat(shifts).extracting(RosterShift::day).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(shifts).allSatisfy(shift -> assertThat(shift.toText()).isEqualTo("24:00"));
    }

    @Test
    void refusesImpossibleRotations() {
        assertThatThrownBy(() -> new Rotation(List.of(), Set.of(DayOfWeek.MONDAY), 0, 60, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rotation(THREE, Set.of(), 0, 60, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rotation(THREE, Set.of(DayOfWeek.MONDAY), 600, 600, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rotation(THREE, Set.of(DayOfWeek.MONDAY), 0, 24 * 60 + 1, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rotation(THREE, Set.of(DayOfWeek.MONDAY), 0, 60, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
