package nl.shopfloor.commerce.entity;

import java.time.Instant;

/** Where a customer stands, from the recency and frequency of their orders that count as revenue (commerce M5). */
public enum LifecycleStage {
    NEW, ACTIVE, AT_RISK, LOST;

    /** {@code firstOrder}, {@code lastOrder}: of the orders that count as revenue, both null when there are none. */
    public static LifecycleStage of(Instant firstOrder, Instant lastOrder, Instant now, LifecycleThresholds thresholds) {
        if (firstOrder == null || firstOrder.isAfter(now.minus(thresholds.newWithin()))) {
            return NEW;
        }
        if (!lastOrder.isAfter(now.minus(thresholds.lostAfter()))) {
            return LOST;
        }
        if (!lastOrder.isAfter(now.minus(thresholds.atRiskAfter()))) {
            return AT_RISK;
        }
        return ACTIVE;
    }
}
