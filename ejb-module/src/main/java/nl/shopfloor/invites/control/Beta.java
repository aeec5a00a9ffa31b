package nl.shopfloor.invites.control;

import java.util.random.RandomGenerator;

/** Draws from Beta(a, b) with a, b ≥ 1 as X / (X + Y) of two Gamma draws (Marsaglia and Tsang, 2000). */
final class Beta {

    private Beta() {
    }

    static double sample(RandomGenerator random, double a, double b) {
        double x = gamma(random, a);
        double y = gamma(random, b);
        return x / (x + y);
    }

    /** Gamma(shape, 1) for shape ≥ 1. */
    static double gamma(RandomGenerator random, double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
