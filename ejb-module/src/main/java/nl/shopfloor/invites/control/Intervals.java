package nl.shopfloor.invites.control;

import nl.shopfloor.invites.entity.Interval;

/**
 * Confidence intervals for A/B results (invites I11): Wilson's score interval for one proportion, Newcombe's hybrid
 * score interval (his method 10, 1998) for the difference of two, and Welch's t interval for the difference of two
 * means with unequal variances. {@code confidence} is two-sided, e.g. 0.95; a Bonferroni correction is the caller's
 * (a smaller alpha).
 */
public final class Intervals {

    private Intervals() {
    }

    /** k of n; no visitors yet: the whole of [0, 1]. */
    public static Interval wilson(long k, long n, double confidence) {
        if (n == 0) {
            return new Interval(0, 0, 1);
        }
        double z = z(confidence);
        double p = (double) k / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // the bounds at 0 of n and n of n are exactly 0 and 1; rounding would leave them a hair away
        return new Interval(p, k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half));
    }

    /** k1 of n1 minus k2 of n2. */
    public static Interval newcombe(long k1, long n1, long k2, long n2, double confidence) {
        Interval first = wilson(k1, n1, confidence);
        Interval second = wilson(k2, n2, confidence);
        double p1 = first.estimate();
        double p2 = second.estimate();
        double d = p1 - p2;
        double below = Math.sqrt(square(p1 - first.low()) + square(second.high() - p2));
        double above = Math.sqrt(square(first.high() - p1) + square(p2 - second.low()));
        return new Interval(d, d - below, d + above);
    }

    /**
     * mean1 minus mean2 from each sample's mean, variance (n − 1 in the denominator) and size. Below two in either
     * sample, or with no variance at all, nothing is known: an infinite interval (or a point, when both are exact).
     */
    public static Interval welch(double mean1, double variance1, long n1, double mean2, double variance2, long n2,
                                 double confidence) {
        double d = mean1 - mean2;
        if (n1 < 2 || n2 < 2) {
            return new Interval(d, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double a = variance1 / n1;
        double b = variance2 / n2;
        double se = Math.sqrt(a + b);
        if (se == 0) {
            return new Interval(d, d, d);
        }
        double df = square(a + b) / (square(a) / (n1 - 1) + square(b) / (n2 - 1));
        double t = Quantiles.studentT(1 - (1 - confidence) / 2, df);
        return new Interval(d, d - t * se, d + t * se);
    }

    static double z(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1: " + confidence);
        }
        return Quantiles.normal(1 - (1 - confidence) / 2);
    }

    private static double square(double x) {
        return x * x;
    }
}
