package nl.shopfloor.kpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.shopfloor.commerce.control.Shops;

/**
 * What a shop may show the public about its service (K8): the share of satisfied ratings and of chats answered
 * within 20 s over the last {@link #DAYS} days — shares only, nothing about a person. Computed at most every
 * {@link #FRESH_FOR} per shop, so a busy shop page costs one computation per ten minutes, not one per visit.
 */
@ApplicationScoped
public class PublicPerformance {

    public static final int DAYS = 30;
    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    public record Figures(Double satisfiedShare, Double answeredShare, int days, long targetSeconds, Instant computedAt) {
    }

    private final Map<String, Figures> cache = new ConcurrentHashMap<>();

    @Inject
    SalesFigures figures;

    @Inject
    Shops shops;

    @Inject
    Clock clock;

    public Figures of(String shopId) {
        Instant now = clock.instant();
        Figures cached = cache.get(shopId);
        if (cached != null && cached.computedAt().plus(FRESH_FOR).isAfter(now)) {
            return cached;
        }
        LocalDate today = LocalDate.now(clock.withZone(shops.find(shopId).orElseThrow().zone()));
        ShopFigures f = figures.of(shopId, today.minusDays(DAYS - 1), today);
        Figures fresh = new Figures(f.satisfaction().satisfiedShare(), f.responses().withinTargetShare(), DAYS,
                f.responses().target().toSeconds(), now);
        cache.put(shopId, fresh); // one entry per shop: the shops table bounds it
        return fresh;
    }
}
