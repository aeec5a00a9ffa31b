package nl.shopfloor.agents.entity;

import java.time.LocalDateTime;
import java.util.List;

/** One agent's weekly shifts. */
public record Roster(List<RosterShift> shifts) {

    public RosterStep stepAt(LocalDateTime localTime) {
        int minute = localTime.getHour() * 60 + localTime.getMinute();
        return shifts.stream()
                .filter(shift -> shift.covers(localTime.getDayOfWeek(), minute))
                .findFirst()
                .map(shift -> new RosterStep(shift.id() + "@" + localTime.toLocalDate(), shift.channel()))
                .orElse(RosterStep.OFF);
    }
}
