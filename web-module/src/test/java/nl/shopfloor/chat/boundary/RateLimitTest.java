package nl.shopfloor.chat.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsABurstThenRefillsOverTheWindow() {
        HandClock clock = new HandClock();
        RateLimit limit = new RateLimit(clock, 20, Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            assertThat(limit.tryTake()).as("frame %d", i).isTrue();
        }
        assertThat(limit.tryTake()).as("21st frame in the same instant").isFalse();
        clock.now = clock.now.plusMillis(500);
        assertThat(limit.tryTake()).as("one token back after half a second").isTrue();
        assertThat(limit.tryTake()).isFalse();
        clock.now = clock.now.plusSeconds(60);
        for (int i = 0; i < 20; i++) {
            assertThat(limit.tryTake()).isTrue();
        }
        assertThat(limit.tryTake()).as("never more than the burst").isFalse();
    }
}
