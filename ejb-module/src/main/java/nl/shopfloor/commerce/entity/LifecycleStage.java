package nl.shopfloor.commerce.entity;

import java.time.Duration;
import java.time.Instant;

/** Where a customer stands, from the recency and frequency of their orders that count as revenue (commerce M5). */
public enum LifecycleStage {
    NEW, ACTIVE, AT_RISK, LOST;

    // Fixed for every shop for now; a shop that sells once a year would want its own (a later shop setting).
    static final Duration NEW_WITHIN = Duration.ofDays(30);
    static final Duration AT_RISK_AFTER = Duration.ofDays(90);
    static final Duration LOST_AFTER = Duration.ofDays(365);

    /** {@code firstOrder}, {@code lastOrder}: of the orders that count as revenue, both null when there are none. */
    public static LifecycleStage of(Instant firstOrder, Instant lastOrder, Instant now) {
        if (firstOrder == null || firstOrder.isAfter(now.minus(NEW_WITHIN))) {
            return NEW;
        }
        if (!lastOrder.isAfter(now.minus(LOST_AFTER))) {
            return LOST;
        }
        if (!lastOrder.isAfter(now.minus(AT_RISK_AFTER))) {
            return AT_RISK;
        }
        return ACTIVE;
    }
}
