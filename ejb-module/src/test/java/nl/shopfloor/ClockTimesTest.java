package nl.shopfloor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClockTimesTest {

    @Test
    void readsAndWritesTimesOfDay() {
        assertThat(ClockTimes.parse("08:30")).isEqualTo(510);
        assertThat(ClockTimes.parse("24:00")).isEqualTo(1440);
        assertThat(ClockTimes.text(510)).isEqualTo("08:30");
        assertThat(ClockTimes.quarterHours()).hasSize(97).startsWith("00:00", "00:15").endsWith("24:00");
        for (String wrong : new String[] {"8:30", "24:01", "25:00", "12:60", "noon", ""}) {
            assertThatThrownBy(() -> ClockTimes.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
