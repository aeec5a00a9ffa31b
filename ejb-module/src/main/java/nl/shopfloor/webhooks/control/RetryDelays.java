package nl.shopfloor.webhooks.control;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The waits between attempts (W5): one attempt more than there are waits, then the delivery is parked. */
public record RetryDelays(List<Duration> waits) {

    /** ISO-8601 durations, comma-separated, e.g. {@code PT10S,PT1M}; none, negative or zero is a configuration error. */
    public static RetryDelays parse(String text) {
        List<Duration> waits = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Duration::parse).toList();
        if (waits.isEmpty() || waits.stream().anyMatch(wait -> wait.isNegative() || wait.isZero())) {
            throw new IllegalArgumentException("shopfloor.webhooks.retry-delays needs at least one positive duration: " + text);
        }
        return new RetryDelays(waits);
    }

    /** The wait after this many failed attempts, or empty when that was the last one. */
    public Optional<Duration> after(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= waits.size() ? Optional.of(waits.get(failedAttempts - 1)) : Optional.empty();
    }

    public int maxAttempts() {
        return waits.size() + 1;
    }
}
