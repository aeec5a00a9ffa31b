package nl.shopfloor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock moved by an offset, for the system tests only: they make data "of last year" through the real
 * paths by moving the server's clock back, then forth again. It exists only when the environment has
 * {@code SHOPFLOOR_TEST_CLOCK=true} (the test harness sets it); otherwise the application has the plain system clock
 * and the test endpoint answers 404.
 */
public final class MovableClock extends Clock {

    public static final boolean ENABLED = "true".equals(System.getenv("SHOPFLOOR_TEST_CLOCK"));
    static final MovableClock INSTANCE = new MovableClock(ZoneOffset.UTC);

    private static volatile Duration offset = Duration.ZERO;
    private final ZoneId zone;

    private MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Throws {@code IllegalStateException} unless the test clock is switched on. */
    public static void moveTo(Duration offset) {
        if (!ENABLED) {
            throw new IllegalStateException("The test clock is off");
        }
        MovableClock.offset = offset;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(zone);
    }
}
