package nl.shopfloor.chat.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** At most {@code max} frames per window for one connection: a token bucket refilled evenly. */
final class RateLimit {

    private final Clock clock;
    private final int max;
    private final double tokensPerNano;
    private double tokens;
    private Instant last;

    RateLimit(Clock clock, int max, Duration window) {
        this.clock = clock;
        this.max = max;
        this.tokensPerNano = (double) max / window.toNanos();
        this.tokens = max;
        this.last = clock.instant();
    }

    synchronized boolean tryTake() {
        Instant now = clock.instant();
        long elapsed = Math.max(0, Duration.between(last, now).toNanos());
        tokens = Math.min(max, tokens + elapsed * tokensPerNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
