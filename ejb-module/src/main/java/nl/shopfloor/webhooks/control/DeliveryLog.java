package nl.shopfloor.webhooks.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.shopfloor.webhooks.control.WebhookRefused.Reason;
import nl.shopfloor.webhooks.entity.DeliveryStatus;
import nl.shopfloor.webhooks.entity.WebhookDelivery;
import nl.shopfloor.webhooks.entity.WebhookSubscription;

/** A shop's deliveries, newest first, and a fresh series of attempts for one that failed (W7); kept for 30 days (W8). */
@Stateless
public class DeliveryLog {

    public static final Duration KEPT_FOR = Duration.ofDays(30);
    /** Rows per delete, so that a purge never holds many locks or one long transaction. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookQueue queue;

    @Inject
    Clock clock;

    /** {@code status}: null for all. */
    public List<WebhookDelivery> page(String shopId, DeliveryStatus status, int first, int max) {
        TypedQuery<WebhookDelivery> query = status == null
                ? em.createNamedQuery(WebhookDelivery.findByShop, WebhookDelivery.class)
                : em.createNamedQuery(WebhookDelivery.findByShopAndStatus, WebhookDelivery.class).setParameter("status", status);
        return query.setParameter("shop", shopId).setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }

    /** A page of the log with each delivery's subscription by the shop's own id, for the shop API. */
    public record Listing(List<Entry> entries, long total) {
    }

    public record Entry(WebhookDelivery delivery, String webhook) {
    }

    public Listing list(String shopId, DeliveryStatus status, int first, int max) {
        List<WebhookDelivery> deliveries = page(shopId, status, first, max);
        java.util.Map<String, String> refs = new java.util.HashMap<>();
        em.createNamedQuery(WebhookSubscription.findByShop, WebhookSubscription.class).setParameter("shop", shopId).getResultStream()
                .forEach(subscription -> refs.put(subscription.id(), subscription.ref()));
        return new Listing(deliveries.stream().map(d -> new Entry(d, refs.get(d.subscriptionId()))).toList(), count(shopId, status));
    }

    public long count(String shopId, DeliveryStatus status) {
        return (status == null
                ? em.createNamedQuery(WebhookDelivery.countByShop, Long.class)
                : em.createNamedQuery(WebhookDelivery.countByShopAndStatus, Long.class).setParameter("status", status))
                .setParameter("shop", shopId).getSingleResult();
    }

    /** A parked or skipped delivery (or one waiting between attempts) goes on the queue now, for a fresh series of attempts. */
    public WebhookDelivery retry(String shopId, String deliveryId) {
        WebhookDelivery delivery = deliveryId == null ? null : em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.shopId().equals(shopId)) {
            throw new WebhookRefused(Reason.NO_SUCH_DELIVERY, "No such webhook delivery in this shop");
        }
        if (delivery.status() == DeliveryStatus.DELIVERED) {
            throw new WebhookRefused(Reason.DELIVERED_ALREADY, "This delivery arrived already");
        }
        delivery.requeue(now());
        queue.enqueue(delivery.id(), Duration.ZERO);
        return delivery;
    }

    /** Queued deliveries whose attempt is more than a minute overdue: their JMS message was lost (the broker was away). */
    public List<String> overdue(int max) {
        return em.createNamedQuery(WebhookDelivery.findOverdueIds, String.class).setParameter("before", now().minus(Duration.ofMinutes(1)))
                .setMaxResults(max).getResultList();
    }

    public void requeue(List<String> deliveryIds) {
        deliveryIds.forEach(id -> queue.enqueue(id, Duration.ZERO));
    }

    /** Deletes up to one batch of deliveries older than {@link #KEPT_FOR}; returns how many. */
    public int purgeBatch() {
        List<String> ids = em.createNamedQuery(WebhookDelivery.findIdsCreatedBefore, String.class)
                .setParameter("before", now().minus(KEPT_FOR)).setMaxResults(BATCH).getResultList();
        return ids.isEmpty() ? 0 : em.createQuery("delete from WebhookDelivery d where d.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
