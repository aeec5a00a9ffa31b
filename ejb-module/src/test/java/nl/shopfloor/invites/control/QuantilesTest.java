package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values from scipy 1.17 ({@code stats.norm.ppf}, {@code stats.t.ppf}) and printed tables. */
class QuantilesTest {

    @Test
    void normalQuantilesInEveryRegionOfAs241() {
        assertThat(Quantiles.normal(0.975)).as("I11").isCloseTo(1.959963984540054, within(1e-12));
        assertThat(Quantiles.normal(0.995)).isCloseTo(2.5758293035489004, within(1e-12));
        assertThat(Quantiles.normal(0.9875)).isCloseTo(2.241402727604947, within(1e-12));
        assertThat(Quantiles.normal(0.8)).isCloseTo(0.8416212335729143, within(1e-12));
        assertThat(Quantiles.normal(0.999999)).isCloseTo(4.753424308822899, within(1e-10));
        assertThat(Quantiles.normal(1e-10)).isCloseTo(-6.361340902404056, within(1e-10));
        assertThat(Quantiles.normal(0.5)).isZero();
    }

    @Test
    void studentQuantilesForWholeAndFractionalDegreesOfFreedom() {
        assertThat(Quantiles.studentT(0.975, 1)).as("I11").isCloseTo(12.706204736174707, within(1e-8));
        assertThat(Quantiles.studentT(0.975, 10)).isCloseTo(2.2281388519649385, within(1e-9));
        assertThat(Quantiles.studentT(0.975, 30)).isCloseTo(2.0422724563012373, within(1e-9));
        assertThat(Quantiles.studentT(0.975, 2.5)).isCloseTo(3.5746548, within(1e-6));
        assertThat(Quantiles.studentT(0.9875, 7.3)).isCloseTo(2.811210399046808, within(1e-8));
        assertThat(Quantiles.studentT(0.975, 1000)).isCloseTo(1.9623390808264078, within(1e-8));
        assertThat(Quantiles.studentT(0.025, 10)).isCloseTo(-2.2281388519649385, within(1e-9));
    }

    @Test
    void refusesProbabilitiesOutsideTheOpenUnitInterval() {
        assertThatThrownBy(() -> Quantiles.normal(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.studentT(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.studentT(0.9, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
