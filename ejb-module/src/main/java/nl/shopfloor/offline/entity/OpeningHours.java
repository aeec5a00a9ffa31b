package nl.shopfloor.offline.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A shop's opening hours: per team its weekly periods, and the holidays that close every team. A team
 * without periods has no hours set and is always open (but on holidays). Times are the shop's local time.
 */
public final class OpeningHours {

    /** How far ahead {@link #nextOpening} looks. */
    static final int DAYS_AHEAD = 21;

    private final Set<String> teams;
    private final Map<String, List<OpeningPeriod>> periodsByTeam;
    private final Set<LocalDate> holidays;

    public OpeningHours(Set<String> teams, List<OpeningPeriod> periods, Set<LocalDate> holidays) {
        this.teams = Set.copyOf(teams);
        this.periodsByTeam = periods.stream().collect(Collectors.groupingBy(OpeningPeriod::teamId));
        this.holidays = Set.copyOf(holidays);
    }

    /** A member of this team (null: no team) may take chats now. */
    public boolean isOpen(String teamId, LocalDateTime now) {
        if (holidays.contains(now.toLocalDate())) {
            return false;
        }
        if (teamId == null) {
            return isOpen(now);
        }
        List<OpeningPeriod> periods = periodsByTeam.getOrDefault(teamId, List.of());
        int minute = now.getHour() * 60 + now.getMinute();
        return periods.isEmpty() || periods.stream().anyMatch(period -> period.covers(now.getDayOfWeek(), minute));
    }

    /** Some team is open: chat is offered. */
    public boolean isOpen(LocalDateTime now) {
        if (holidays.contains(now.toLocalDate())) {
            return false;
        }
        return teams.isEmpty() || teams.stream().anyMatch(team -> isOpen(team, now));
    }

    /** When some team opens next, if within three weeks; empty when open now or nothing opens soon. */
    public Optional<LocalDateTime> nextOpening(LocalDateTime now) {
        if (isOpen(now)) {
            return Optional.empty();
        }
        for (int ahead = 0; ahead <= DAYS_AHEAD; ahead++) {
            LocalDate day = now.toLocalDate().plusDays(ahead);
            if (holidays.contains(day)) {
                continue;
            }
            LocalDateTime dayStart = day.atStartOfDay();
            if (teams.isEmpty() || teams.stream().anyMatch(team -> periodsByTeam.getOrDefault(team, List.of()).isEmpty())) {
                return Optional.of(dayStart);
            }
            int from = ahead == 0 ? now.getHour() * 60 + now.getMinute() : 0;
            Optional<LocalDateTime> opening = periodsByTeam.values().stream().flatMap(List::stream)
                    .filter(period -> period.day() == day.getDayOfWeek() && period.openMinute() >= from)
                    .map(period -> LocalDateTime.of(day, LocalTime.of(period.openMinute() / 60, period.openMinute() % 60)))
                    .min(LocalDateTime::compareTo);
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }
}
