package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.shopfloor.invites.entity.Interval;
import org.junit.jupiter.api.Test;

/**
 * Wilson and Newcombe against the worked examples of Newcombe (Statistics in Medicine 17, 1998: "Two-sided confidence
 * intervals for the single proportion", table I, and "Interval estimation for the difference between independent
 * proportions", table II, method 10); Welch against scipy 1.17 {@code ttest_ind(x, y, equal_var=False)}.
 */
class IntervalsTest {

    private static final double FOUR_PLACES = 0.00005;

    @Test
    void wilsonScoreIntervalOfOneProportion() {
        Interval interval = Intervals.wilson(81, 263, 0.95);
        assertThat(interval.estimate()).as("I11").isCloseTo(81.0 / 263, within(1e-12));
        assertThat(interval.low()).isCloseTo(0.2553, within(FOUR_PLACES));
        assertThat(interval.high()).isCloseTo(0.3662, within(FOUR_PLACES));
        Interval none = Intervals.wilson(0, 10, 0.95);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(FOUR_PLACES));
        assertThat(Intervals.wilson(10, 10, 0.95).high()).isEqualTo(1.0);
    }

    @Test
    void wilsonWithoutVisitorsKnowsNothing() {
        assertThat(Intervals.wilson(0, 0, 0.95)).isEqualTo(new Interval(0, 0, 1));
    }

    @Test
    void newcombeHybridScoreIntervalOfADifference() {
        Interval a = Intervals.newcombe(56, 70, 48, 80, 0.95);
        assertThat(a.estimate()).as("I11").isCloseTo(0.2, within(1e-12));
        assertThat(a.low()).isCloseTo(0.0524, within(FOUR_PLACES));
        assertThat(a.high()).isCloseTo(0.3339, within(FOUR_PLACES));
        assertThat(a.excludesZero()).isTrue();
        Interval b = Intervals.newcombe(9, 10, 3, 10, 0.95);
        assertThat(b.low()).isCloseTo(0.1705, within(FOUR_PLACES));
        assertThat(b.high()).isCloseTo(0.8090, within(FOUR_PLACES));
        Interval c = Intervals.newcombe(5, 56, 0, 29, 0.95);
        assertThat(c.low()).isCloseTo(-0.0381, within(FOUR_PLACES));
        assertThat(c.high()).isCloseTo(0.1926, within(FOUR_PLACES));
        assertThat(c.excludesZero()).isFalse();
    }

    @Test
    void aStricterConfidenceWidensTheInterval() {
        Interval at95 = Intervals.newcombe(56, 70, 48, 80, 0.95);
        Interval corrected = Intervals.newcombe(56, 70, 48, 80, 1 - 0.05 / 3);
        assertThat(corrected.low()).as("I11 Bonferroni").isLessThan(at95.low());
        assertThat(corrected.high()).isGreaterThan(at95.high());
    }

    /** x = 12, 0, 0, 35.5, 0, 20 and y = 0, 0, 10, 0, 0, 0, 0 (revenue of each visitor). */
    @Test
    void welchIntervalOfADifferenceOfMeans() {
        double meanX = 11.25;
        double varianceX = 208.975;
        double meanY = 10.0 / 7;
        double varianceY = 14.285714285714286;
        Interval at95 = Intervals.welch(meanX, varianceX, 6, meanY, varianceY, 7, 0.95);
        assertThat(at95.estimate()).as("I11").isCloseTo(meanX - meanY, within(1e-12));
        assertThat(at95.low()).isCloseTo(-5.306626658139434, within(1e-7));
        assertThat(at95.high()).isCloseTo(24.949483800996575, within(1e-7));
        Interval at975 = Intervals.welch(meanX, varianceX, 6, meanY, varianceY, 7, 0.975);
        assertThat(at975.low()).isCloseTo(-8.627476644206316, within(1e-7));
        assertThat(at975.high()).isCloseTo(28.27033378706348, within(1e-7));
    }

    @Test
    void welchBelowTwoVisitorsOrWithoutAnySpread() {
        Interval tooFew = Intervals.welch(5, 0, 1, 2, 3, 10, 0.95);
        assertThat(tooFew.low()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(tooFew.excludesZero()).isFalse();
        assertThat(Intervals.welch(0, 0, 50, 0, 0, 60, 0.95)).isEqualTo(new Interval(0, 0, 0));
    }
}
