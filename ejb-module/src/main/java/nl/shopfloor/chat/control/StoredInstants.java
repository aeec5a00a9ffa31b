package nl.shopfloor.chat.control;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Millisecond precision: what the database keeps, so a message reads the same before and after a reload. */
final class StoredInstants {

    private StoredInstants() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
