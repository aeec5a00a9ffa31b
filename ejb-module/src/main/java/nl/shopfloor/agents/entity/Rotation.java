package nl.shopfloor.agents.entity;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import nl.shopfloor.ClockTimes;

/**
 * Agents taking turns on channels, e.g. chat, phone and e-mail in blocks of two hours from 08:00 to 18:00
 * on weekdays. The agent in position p starts p channels further along, so the channels are spread over
 * the team at every moment rather than everyone being on the phone at once.
 */
public record Rotation(List<WorkChannel> channels, Set<DayOfWeek> days, int startMinute, int endMinute, int blockMinutes) {

    public static final int SHORTEST_BLOCK = 15;

    public Rotation {
        if (channels == null || channels.isEmpty() || channels.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A rotation needs at least one channel");
        }
        if (days == null || days.isEmpty() || days.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A rotation needs at least one day");
        }
        if (startMinute < 0 || endMinute > ClockTimes.MINUTES_PER_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("A rotation starts before it ends, within one day");
        }
        if (blockMinutes < SHORTEST_BLOCK || blockMinutes > ClockTimes.MINUTES_PER_DAY) {
            throw new IllegalArgumentException("A block is 15 minutes to 24 hours");
        }
        channels = List.copyOf(channels);
        days = Set.copyOf(days);
    }

    /** The shifts of the agent in {@code position}; consecutive blocks on the same channel become one shift. */
    public List<RosterShift> shiftsFor(String shopId, String username, int position, Supplier<String> ids) {
        List<RosterShift> shifts = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!days.contains(day)) {
                continue;
            }
            int block = 0;
            int start = startMinute;
            while (start < endMinute) {
                WorkChannel channel = channels.get((block + position) % channels.size());
                int end = start;
                do {
                    end = Math.min(end + blockMinutes, endMinute);
                    block++;
                } while (end < endMinute && channels.get((block + position) % channels.size()) == channel);
                shifts.add(new RosterShift(ids.get(), shopId, username, day, start, end, channel));
                start = end;
            }
        }
        return shifts;
    }
}
