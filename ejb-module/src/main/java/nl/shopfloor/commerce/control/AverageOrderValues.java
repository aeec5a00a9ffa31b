package nl.shopfloor.commerce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.shopfloor.commerce.entity.OrderStatus;
import nl.shopfloor.commerce.entity.ShopOrder;

/**
 * A shop's average order value (excl. VAT) over the last year, for the relational-buyer hint. It reads all of a
 * year's orders, so it is kept for ten minutes: an average barely moves in that time.
 */
@ApplicationScoped
public class AverageOrderValues {

    static final Duration PERIOD = Duration.ofDays(365);
    static final Duration KEPT = Duration.ofMinutes(10);

    private record Average(BigDecimal value, Instant computedAt) {
    }

    private final Map<String, Average> byShop = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Null when the shop sold nothing in the last year. */
    public BigDecimal of(String shopId) {
        Instant now = clock.instant();
        Average average = byShop.get(shopId);
        if (average == null || average.computedAt().isBefore(now.minus(KEPT))) {
            average = new Average(read(shopId, now), now);
            byShop.put(shopId, average);
        }
        return average.value();
    }

    private BigDecimal read(String shopId, Instant now) {
        Object average = em.createNamedQuery(ShopOrder.averageSince)
                .setParameter("shop", shopId)
                .setParameter("since", now.minus(PERIOD))
                .setParameter("revenue", OrderStatus.revenue())
                .getSingleResult();
        return average == null ? null : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
