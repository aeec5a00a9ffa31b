package nl.shopfloor.invites.control;

/**
 * How one variant did so far: shown to so many visitors, so many of whom converted (ordered), with the revenue of
 * their orders and the sum of each visitor's revenue squared (for revenue per visitor).
 */
public record VariantStats(long shown, long converted, double revenue, double revenueSquares) {

    public static final VariantStats NONE = new VariantStats(0, 0);

    public VariantStats(long shown, long converted) {
        this(shown, converted, 0, 0);
    }

    long notConverted() {
        return Math.max(0, shown - converted);
    }

    /** The mean revenue of a visitor who ordered. */
    double valuePerBuyer() {
        return converted == 0 ? 0 : revenue / converted;
    }

    /** The variance of the mean revenue of a visitor who ordered, or -1 when below two buyers (unknown). */
    double valuePerBuyerVariance() {
        if (converted < 2) {
            return -1;
        }
        double mean = valuePerBuyer();
        return Math.max(0, (revenueSquares - converted * mean * mean) / (converted - 1)) / converted;
    }
}
