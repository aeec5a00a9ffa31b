package nl.shopfloor.chat.boundary;

import java.time.Duration;

/** A frame beyond one of the {@link AddressLimits}: answered {@code rate_limited} with when to try again. */
final class Throttled extends RuntimeException {

    private final Duration retryAfter;

    Throttled(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
