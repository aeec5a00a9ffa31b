package nl.shopfloor.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.shopfloor.webhooks.entity.EventType;
import nl.shopfloor.webhooks.entity.WebhookSubscription;

/**
 * Which subscriptions of a shop receive which events now (W4), kept in memory: every chat message asks, and for a shop
 * without webhooks the answer must cost nothing. A change on this instance is seen once it commits; one made on
 * another instance of a cluster within {@link #FRESH_FOR}. A subscription that stopped receiving in between finds its
 * delivery skipped: the courier asks the database again.
 */
@ApplicationScoped
public class Receivers {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    record Receiver(String subscriptionId, Set<EventType> types) {
    }

    private record Known(List<Receiver> receivers, Instant readAt) {
    }

    private final Map<String, Known> byShop = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The ids of the shop's enabled, verified subscriptions to this type of event. */
    public List<String> of(String shopId, EventType type) {
        Instant now = clock.instant();
        Known known = byShop.get(shopId);
        if (known == null || known.readAt().plus(FRESH_FOR).isBefore(now)) {
            known = new Known(em.createNamedQuery(WebhookSubscription.findReceiving, WebhookSubscription.class).setParameter("shop", shopId)
                    .getResultStream().map(s -> new Receiver(s.id(), s.types())).toList(), now);
            byShop.put(shopId, known);
        }
        return known.receivers().stream().filter(receiver -> receiver.types().contains(type)).map(Receiver::subscriptionId).toList();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubscriptionsChanged event) {
        byShop.remove(event.shopId());
    }
}
