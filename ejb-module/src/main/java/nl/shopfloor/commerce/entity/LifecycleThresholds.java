package nl.shopfloor.commerce.entity;

import java.time.Duration;

/**
 * A shop's boundaries between the lifecycle stages (commerce M5), in days: new within {@code newWithin} of the first
 * order, at risk {@code atRiskAfter} and lost {@code lostAfter} after the last one.
 */
public record LifecycleThresholds(int newWithinDays, int atRiskAfterDays, int lostAfterDays) {

    public static final int MAX_DAYS = 3650;
    /** What every shop had before the thresholds became settings: a shop that sells about monthly. */
    public static final LifecycleThresholds DEFAULT = new LifecycleThresholds(30, 90, 365);

    public LifecycleThresholds {
        if (newWithinDays < 1 || atRiskAfterDays < 1 || lostAfterDays > MAX_DAYS) {
            throw new IllegalArgumentException("Lifecycle thresholds are 1 to " + MAX_DAYS + " days");
        }
        if (atRiskAfterDays >= lostAfterDays) {
            throw new IllegalArgumentException("A customer is at risk before they are lost: 'at risk after' must be less than 'lost after'");
        }
    }

    Duration newWithin() {
        return Duration.ofDays(newWithinDays);
    }

    Duration atRiskAfter() {
        return Duration.ofDays(atRiskAfterDays);
    }

    Duration lostAfter() {
        return Duration.ofDays(lostAfterDays);
    }
}
