package nl.shopfloor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private final HandClock clock = new HandClock();

    @Test
    void allowsMaxPerKeyWithinTheWindowAndRefusalsDoNotCount() {
        SlidingWindow limit = new SlidingWindow(clock, 3, Duration.ofHours(1));
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        assertThat(limit.tryAcquire("b")).as("another key").isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(limit.allows("a")).as("still within the hour").isFalse();
        clock.advance(Duration.ofMinutes(2 * 60));
        assertThat(limit.tryAcquire("a")).as("two windows later").isTrue();
    }

    @Test
    void slidesRatherThanResettingAtTheWindowsEdge() {
        SlidingWindow limit = new SlidingWindow(clock, 4, Duration.ofMinutes(1));
        clock.set(Instant.parse("2026-12-01T10:00:50Z"));
        for (int i = 0; i < 4; i++) {
            assertThat(limit.tryAcquire("a")).isTrue();
        }
        clock.set(Instant.parse("2026-12-01T10:01:05Z"));
        assertThat(limit.tryAcquire("a")).as("a fixed window would allow four more here").isFalse();
        clock.set(Instant.parse("2026-12-01T10:01:50Z"));
        assertThat(limit.tryAcquire("a")).isTrue();
    }

    @Test
    void aLimitOfZeroAllowsNothing() {
        assertThat(new SlidingWindow(clock, 0, Duration.ofMinutes(1)).tryAcquire("a")).isFalse();
    }
}
