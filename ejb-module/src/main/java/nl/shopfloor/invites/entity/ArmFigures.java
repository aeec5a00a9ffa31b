package nl.shopfloor.invites.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the visitors of one arm of a rule's test did (invites I11): one variant, or the control group when
 * {@code variantRef} is null. Each count is of visitors (shown = visitors who saw the invite at least once), except
 * {@code orders}; {@code revenueSquares} is the sum over the visitors of the square of their revenue, for its variance.
 */
public record ArmFigures(String variantRef, long visitors, long shown, long clicked, long dismissed, long chats,
                         long buyers, long orders, BigDecimal revenue, double revenueSquares) {

    public static ArmFigures none(String variantRef) {
        return new ArmFigures(variantRef, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0);
    }

    public boolean isControl() {
        return variantRef == null;
    }

    public double conversion() {
        return visitors == 0 ? 0 : (double) buyers / visitors;
    }

    public double revenuePerVisitor() {
        return visitors == 0 ? 0 : revenue.doubleValue() / visitors;
    }

    public BigDecimal revenuePerVisitorRounded() {
        return visitors == 0 ? BigDecimal.ZERO : revenue.divide(BigDecimal.valueOf(visitors), 2, RoundingMode.HALF_UP);
    }

    /** The sample variance of the revenue per visitor (0 below two visitors). */
    public double revenueVariance() {
        if (visitors < 2) {
            return 0;
        }
        double mean = revenuePerVisitor();
        return Math.max(0, (revenueSquares - visitors * mean * mean) / (visitors - 1));
    }

    public double value(Optimise metric) {
        return metric == Optimise.CONVERSION ? conversion() : revenuePerVisitor();
    }
}
