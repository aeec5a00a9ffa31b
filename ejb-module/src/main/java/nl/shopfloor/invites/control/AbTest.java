package nl.shopfloor.invites.control;

import java.util.ArrayList;
import java.util.List;
import nl.shopfloor.invites.entity.ArmFigures;
import nl.shopfloor.invites.entity.ArmResult;
import nl.shopfloor.invites.entity.Interval;
import nl.shopfloor.invites.entity.Optimise;
import nl.shopfloor.invites.entity.Verdict;
import nl.shopfloor.invites.entity.Verdict.Outcome;

/**
 * Judges a rule's arms against its control group (invites I11): Wilson intervals per arm, Newcombe for the difference
 * in conversion and Welch for the difference in revenue per visitor, at 95 % corrected (Bonferroni) for the number of
 * variants compared. A winner is declared on the rule's metric only when every arm has at least
 * {@link #MIN_VISITORS} visitors and {@link #MIN_BUYERS} who ordered and the interval excludes zero; otherwise
 * "not yet", with the visitors per arm that would find the difference seen so far (or, when that is smaller than a
 * tenth of the control group's figure, a tenth) with 80 % power — rough, as its inputs are themselves estimates.
 */
public final class AbTest {

    public static final double CONFIDENCE = 0.95;
    public static final long MIN_VISITORS = 100;
    public static final long MIN_BUYERS = 5;
    static final double POWER = 0.8;
    static final double SMALLEST_LIFT = 0.1;

    private AbTest() {
    }

    public record Judged(List<ArmResult> arms, Verdict verdict) {
    }

    /** {@code arms}: the control group (variantRef null) if there is one, and the variants, in that order or any. */
    public static Judged judge(List<ArmFigures> arms, Optimise metric) {
        ArmFigures control = arms.stream().filter(ArmFigures::isControl).findFirst().orElse(null);
        List<ArmFigures> variants = arms.stream().filter(arm -> !arm.isControl()).toList();
        double corrected = 1 - (1 - CONFIDENCE) / Math.max(1, variants.size());
        List<ArmResult> results = new ArrayList<>();
        if (control != null) {
            results.add(new ArmResult(control, Intervals.wilson(control.buyers(), control.visitors(), CONFIDENCE), null, null));
        }
        for (ArmFigures variant : variants) {
            Interval conversion = Intervals.wilson(variant.buyers(), variant.visitors(), CONFIDENCE);
            results.add(control == null ? new ArmResult(variant, conversion, null, null)
                    : new ArmResult(variant, conversion,
                            Intervals.newcombe(variant.buyers(), variant.visitors(), control.buyers(), control.visitors(), corrected),
                            Intervals.welch(variant.revenuePerVisitor(), variant.revenueVariance(), variant.visitors(),
                                    control.revenuePerVisitor(), control.revenueVariance(), control.visitors(), corrected)));
        }
        return new Judged(results, verdict(control, results, metric, corrected));
    }

    private static Verdict verdict(ArmFigures control, List<ArmResult> results, Optimise metric, double corrected) {
        List<ArmResult> variants = results.stream().filter(result -> !result.figures().isControl()).toList();
        if (control == null || variants.isEmpty()) {
            return new Verdict(Outcome.NO_COMPARISON, metric, null, null);
        }
        boolean enough = results.stream().allMatch(r -> r.figures().visitors() >= MIN_VISITORS && r.figures().buyers() >= MIN_BUYERS);
        if (enough) {
            ArmResult best = null;
            for (ArmResult variant : variants) {
                Interval difference = difference(variant, metric);
                if (difference.low() > 0 && (best == null || difference.estimate() > difference(best, metric).estimate())) {
                    best = variant;
                }
            }
            if (best != null) {
                return new Verdict(Outcome.VARIANT_WINS, metric, best.figures().variantRef(), null);
            }
            if (variants.stream().allMatch(variant -> difference(variant, metric).high() < 0)) {
                return new Verdict(Outcome.CONTROL_WINS, metric, null, null);
            }
        }
        return new Verdict(Outcome.NOT_YET, metric, null, stillNeeded(control, variants, metric, corrected));
    }

    private static Interval difference(ArmResult variant, Optimise metric) {
        return metric == Optimise.CONVERSION ? variant.conversionVsControl() : variant.revenueVsControl();
    }

    /** The most any arm still needs: the largest size a comparison asks for, less what that arm has. */
    static Long stillNeeded(ArmFigures control, List<ArmResult> variants, Optimise metric, double corrected) {
        long needed = 0;
        for (ArmResult result : variants) {
            ArmFigures variant = result.figures();
            Long size = sizePerArm(control, variant, metric, corrected);
            if (size == null) {
                return null;
            }
            needed = Math.max(needed, size);
        }
        long most = 0;
        most = Math.max(most, needed - control.visitors());
        for (ArmResult result : variants) {
            most = Math.max(most, needed - result.figures().visitors());
        }
        return most;
    }

    /** Visitors per arm to find the difference with 80 % power, and to reach the minimum visitors and buyers. */
    static Long sizePerArm(ArmFigures control, ArmFigures variant, Optimise metric, double corrected) {
        double spread = variance(control, metric) + variance(variant, metric);
        double base = control.value(metric);
        double effect = Math.max(Math.abs(variant.value(metric) - base), SMALLEST_LIFT * Math.abs(base));
        if (spread == 0 || effect == 0 || control.conversion() == 0 || variant.conversion() == 0) {
            return null;
        }
        double z = Quantiles.normal(1 - (1 - corrected) / 2) + Quantiles.normal(POWER);
        double forPower = Math.ceil(z * z * spread / (effect * effect));
        double forBuyers = Math.ceil(MIN_BUYERS / Math.min(control.conversion(), variant.conversion()));
        return (long) Math.min(Long.MAX_VALUE / 2, Math.max(MIN_VISITORS, Math.max(forPower, forBuyers)));
    }

    private static double variance(ArmFigures arm, Optimise metric) {
        if (metric == Optimise.CONVERSION) {
            double p = arm.conversion();
            return p * (1 - p);
        }
        return arm.revenueVariance();
    }
}
