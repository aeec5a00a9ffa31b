package nl.shopfloor.agents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.shopfloor.HandClock;
import org.junit.jupiter.api.Test;

class PenaltiesTest {

    final HandClock clock = new HandClock();
    final Penalties penalties = new Penalties(3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15), 100, clock);

    @Test
    void theFirstFailuresAreFreeThenEachFurtherOneDoublesTheWaitUpToTheCeiling() {
        penalties.failed("sanne");
        penalties.failed("sanne");
        assertThat(penalties.waitFor("sanne")).as("A5 free failures").isZero();
        penalties.failed("sanne");
        assertThat(penalties.waitFor("sanne")).as("A5").isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(penalties.waitFor("sanne")).as("A5 the wait is over").isZero();
        penalties.failed("sanne");
        assertThat(penalties.waitFor("sanne")).as("A5").isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        penalties.failed("sanne");
        assertThat(penalties.waitFor("sanne")).as("A5").isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofSeconds(8));
            penalties.failed("sanne");
        }
        assertThat(penalties.waitFor("sanne")).as("A5 ceiling").isEqualTo(Duration.ofSeconds(8));
        clock.advance(Duration.ofMillis(7500));
        assertThat(penalties.waitFor("sanne")).as("A5 counts down").isEqualTo(Duration.ofMillis(500));
        assertThat(penalties.waitFor("mehmet")).as("A5 per key").isZero();
    }

    @Test
    void aResetClearsOneKeyOnly() {
        for (int i = 0; i < 3; i++) {
            penalties.failed("sanne");
            penalties.failed("10.0.0.1");
        }
        penalties.reset("sanne");
        assertThat(penalties.waitFor("sanne")).as("A5").isZero();
        assertThat(penalties.waitFor("10.0.0.1")).as("A5").isEqualTo(Duration.ofSeconds(1));
        penalties.failed("sanne");
        assertThat(penalties.waitFor("sanne")).as("A5 counting starts again").isZero();
    }

    @Test
    void oldEntriesAreForgottenButNotWhileTheirWaitIsInForce() {
        Penalties longWaits = new Penalties(1, Duration.ofMinutes(20), Duration.ofMinutes(20), Duration.ofMinutes(15), 100, clock);
        longWaits.failed("guessed-at");
        penalties.failed("once");
        clock.advance(Duration.ofMinutes(16));
        assertThat(penalties.waitFor("once")).isZero();
        assertThat(penalties.size()).as("A5 expired").isZero();
        assertThat(longWaits.waitFor("guessed-at")).as("A5 still waiting").isEqualTo(Duration.ofMinutes(4));
        clock.advance(Duration.ofMinutes(4));
        longWaits.failed("other");
        assertThat(longWaits.waitFor("guessed-at")).isZero();
        assertThat(longWaits.size()).as("A5 forgotten once its wait is over").isEqualTo(1);
    }

    @Test
    void theNumberOfTrackedKeysIsCappedAndTheLongestAgoFailureMakesRoom() {
        Penalties small = new Penalties(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(15), 3, clock);
        small.failed("a");
        small.failed("b");
        small.failed("c");
        small.failed("a");
        small.failed("d");
        assertThat(small.size()).as("A5 cap").isEqualTo(3);
        assertThat(small.waitFor("b")).as("A5 b failed longest ago and made room").isZero();
        assertThat(small.waitFor("a")).isPositive();
        assertThat(small.waitFor("d")).isPositive();
        for (int i = 0; i < 10_000; i++) {
            small.failed("name-" + i);
        }
        assertThat(small.size()).as("A5 cap under a flood").isEqualTo(3);
    }
}
