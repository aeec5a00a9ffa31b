package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import nl.shopfloor.invites.control.AbTest.Judged;
import nl.shopfloor.invites.entity.ArmFigures;
import nl.shopfloor.invites.entity.ArmResult;
import nl.shopfloor.invites.entity.Optimise;
import nl.shopfloor.invites.entity.Verdict;
import nl.shopfloor.invites.entity.Verdict.Outcome;
import org.junit.jupiter.api.Test;

class AbTestTest {

    /** An arm whose buyers each spent {@code each}; nobody else spent anything. */
    private static ArmFigures arm(String ref, long visitors, long buyers, double each) {
        return new ArmFigures(ref, visitors, visitors, 0, 0, 0, buyers, buyers, BigDecimal.valueOf(buyers * each),
                buyers * each * each);
    }

    @Test
    void theBestVariantWhoseIntervalExcludesZeroWins() {
        Judged judged = AbTest.judge(List.of(arm(null, 1000, 20, 50), arm("a", 1000, 60, 50), arm("b", 1000, 25, 50)),
                Optimise.CONVERSION);
        assertThat(judged.verdict()).as("I11").isEqualTo(new Verdict(Outcome.VARIANT_WINS, Optimise.CONVERSION, "a", null));
        assertThat(judged.arms()).extracting(result -> result.figures().variantRef()).containsExactly(null, "a", "b");
        ArmResult a = judged.arms().get(1);
        assertThat(a.conversionVsControl()).as("Newcombe at 1 - 0.05 / 2").isEqualTo(Intervals.newcombe(60, 1000, 20, 1000, 0.975));
        assertThat(a.conversion()).isEqualTo(Intervals.wilson(60, 1000, 0.95));
        assertThat(judged.arms().get(2).conversionVsControl().excludesZero()).isFalse();
    }

    @Test
    void theControlGroupWinsWhenEveryVariantDoesWorse() {
        Verdict verdict = AbTest.judge(List.of(arm(null, 1000, 60, 50), arm("a", 1000, 20, 50)), Optimise.CONVERSION).verdict();
        assertThat(verdict.outcome()).as("I11").isEqualTo(Outcome.CONTROL_WINS);
    }

    @Test
    void aClearDifferenceWithTooFewBuyersIsNotYetAWinner() {
        Verdict verdict = AbTest.judge(List.of(arm(null, 400, 0, 50), arm("a", 400, 4, 50)), Optimise.CONVERSION).verdict();
        assertThat(verdict.outcome()).as("I11").isEqualTo(Outcome.NOT_YET);
        assertThat(verdict.visitorsStillNeeded()).as("no buyers in the control group: no estimate").isNull();
    }

    @Test
    void notYetSaysRoughlyHowManyMoreVisitorsEachArmNeeds() {
        Verdict verdict = AbTest.judge(List.of(arm(null, 100, 2, 50), arm("a", 100, 4, 50)), Optimise.CONVERSION).verdict();
        assertThat(verdict.outcome()).as("I11").isEqualTo(Outcome.NOT_YET);
        // (z 0.975 + z 0.8)² (0.02 · 0.98 + 0.04 · 0.96) / 0.02² = 1,139 per arm (scipy), less the 100 each has
        assertThat(verdict.visitorsStillNeeded()).isEqualTo(1039L);
    }

    @Test
    void aTinyDifferenceIsSizedForATenthOfTheControlGroupsFigureOverTheCorrectedAlpha() {
        Verdict verdict = AbTest.judge(List.of(arm(null, 1000, 20, 50), arm("a", 1000, 21, 50), arm("b", 1000, 20, 50)),
                Optimise.CONVERSION).verdict();
        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_YET);
        // each compared at 1 - 0.05 / 2 for a lift of 0.002: "a" needs 95,429 per arm (scipy), "b" slightly fewer
        assertThat(verdict.visitorsStillNeeded()).as("I11").isEqualTo(95_429L - 1000);
    }

    @Test
    void onRevenuePerVisitorTheSameConversionCanStillWin() {
        List<ArmFigures> arms = List.of(arm(null, 200, 10, 50), arm("a", 200, 10, 150));
        Judged onRevenue = AbTest.judge(arms, Optimise.REVENUE_PER_VISITOR);
        assertThat(onRevenue.verdict().outcome()).as("I11").isEqualTo(Outcome.VARIANT_WINS);
        assertThat(onRevenue.verdict().winner()).isEqualTo("a");
        ArmResult a = onRevenue.arms().get(1);
        assertThat(a.revenueVsControl().estimate()).isCloseTo(5.0, within(1e-12));
        assertThat(a.revenueVsControl()).isEqualTo(Intervals.welch(7.5, a.figures().revenueVariance(), 200, 2.5,
                onRevenue.arms().get(0).figures().revenueVariance(), 200, 0.95));
        // (25,000 - 200 · 2.5²) / 199
        assertThat(onRevenue.arms().get(0).figures().revenueVariance()).isCloseTo(23_750.0 / 199, within(1e-9));
        assertThat(AbTest.judge(arms, Optimise.CONVERSION).verdict().outcome()).isEqualTo(Outcome.NOT_YET);
    }

    @Test
    void withoutAControlGroupThereIsNothingToCompareWith() {
        Judged judged = AbTest.judge(List.of(arm("a", 1000, 60, 50), arm("b", 1000, 20, 50)), Optimise.CONVERSION);
        assertThat(judged.verdict().outcome()).as("I11").isEqualTo(Outcome.NO_COMPARISON);
        assertThat(judged.arms()).allSatisfy(result -> assertThat(result.conversionVsControl()).isNull());
        assertThat(AbTest.judge(List.of(arm(null, 10, 1, 5)), Optimise.CONVERSION).verdict().outcome()).isEqualTo(Outcome.NO_COMPARISON);
    }
}
