package nl.shopfloor.kpi.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * First response figures over a set of conversations (package-info W3, W4). {@code median} and {@code p90} (the
 * nearest-rank 90th percentile: nine in ten answered chats got their first answer within it) are null when none was
 * answered, {@code withinTargetShare} (0..1) when none counts yet.
 */
public record FirstResponses(int started, int answered, Duration median, Duration p90, Duration target, int withinTarget,
                             int counted, Double withinTargetShare) {

    /** The instants of one conversation; {@code firstResponseAt} and {@code closedAt} may be null. */
    public record Chat(Instant startedAt, Instant firstResponseAt, Instant closedAt) {
    }

    public static FirstResponses of(List<Chat> chats, Duration target, Instant now) {
        List<Duration> waits = chats.stream()
                .filter(chat -> chat.firstResponseAt() != null)
                .map(chat -> Duration.between(chat.startedAt(), chat.firstResponseAt()))
                .sorted()
                .toList();
        int hits = (int) waits.stream().filter(wait -> wait.compareTo(target) <= 0).count();
        // Unanswered chats count as misses only once they have waited past the target: until then they may still make it.
        int misses = (int) chats.stream()
                .filter(chat -> chat.firstResponseAt() == null)
                .filter(chat -> Duration.between(chat.startedAt(), chat.closedAt() == null ? now : chat.closedAt()).compareTo(target) > 0)
                .count() + waits.size() - hits;
        int counted = hits + misses;
        return new FirstResponses(chats.size(), waits.size(), median(waits), percentile(waits, 90), target, hits, counted,
                counted == 0 ? null : (double) hits / counted);
    }

    /** Nearest rank: the smallest wait that at least {@code percent} % of the waits do not exceed. */
    private static Duration percentile(List<Duration> sorted, int percent) {
        return sorted.isEmpty() ? null : sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1);
    }

    private static Duration median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
