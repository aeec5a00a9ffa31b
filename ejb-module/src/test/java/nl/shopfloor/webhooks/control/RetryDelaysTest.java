package nl.shopfloor.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryDelaysTest {

    @Test
    void waitsGrowAttemptByAttemptAndTheLastAttemptParks() {
        RetryDelays delays = RetryDelays.parse("PT10S, PT1M,PT5M,PT30M,PT2H,PT6H");
        assertThat(delays.after(1)).as("W5").contains(Duration.ofSeconds(10));
        assertThat(delays.after(2)).as("W5").contains(Duration.ofMinutes(1));
        assertThat(delays.after(6)).as("W5").contains(Duration.ofHours(6));
        assertThat(delays.after(7)).as("W5 parked after the seventh attempt").isEmpty();
        assertThat(delays.maxAttempts()).isEqualTo(7);
    }

    @Test
    void noZeroOrNegativeWaits() {
        assertThatThrownBy(() -> RetryDelays.parse("PT0S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryDelays.parse("PT1S,-PT1S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryDelays.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
