package nl.shopfloor.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import nl.shopfloor.Ids;
import nl.shopfloor.webhooks.entity.EventType;
import nl.shopfloor.webhooks.entity.WebhookDelivery;
import nl.shopfloor.webhooks.entity.WebhookSubscription;

/**
 * Writes deliveries in the caller's transaction (W4): one row per receiving subscription, the JMS message only after
 * the commit ({@link DeliveriesRecorded}). A shop without a receiving subscription costs one look into memory.
 */
@ApplicationScoped
public class WebhookOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Receivers receivers;

    @Inject
    Clock clock;

    @Inject
    Event<DeliveriesRecorded> recorded;

    /** {@code data} is built only when somebody receives this event. */
    public void record(String shopId, EventType type, WebhookDelivery.Subject subject, Supplier<JsonObject> data) {
        List<String> subscriptions = receivers.of(shopId, type);
        if (subscriptions.isEmpty()) {
            return;
        }
        Instant now = now();
        String payload = Payloads.envelope(Ids.random(), type, shopId, now, data.get());
        recorded.fire(new DeliveriesRecorded(subscriptions.stream()
                .map(subscription -> write(new WebhookDelivery(Ids.random(), subscription, shopId, type, payload, subject, now)))
                .toList()));
    }

    /** The challenge to the subscription's (new) address (W2). */
    public WebhookDelivery verification(WebhookSubscription subscription) {
        return single(subscription, EventType.VERIFICATION, Payloads.verification(subscription.challenge()));
    }

    public WebhookDelivery test(WebhookSubscription subscription, String requestedBy) {
        return single(subscription, EventType.TEST, Payloads.test(requestedBy));
    }

    private WebhookDelivery single(WebhookSubscription subscription, EventType type, JsonObject data) {
        Instant now = now();
        WebhookDelivery delivery = new WebhookDelivery(Ids.random(), subscription.id(), subscription.shopId(), type,
                Payloads.envelope(Ids.random(), type, subscription.shopId(), now, data), WebhookDelivery.Subject.NOBODY, now);
        recorded.fire(new DeliveriesRecorded(List.of(write(delivery))));
        return delivery;
    }

    private String write(WebhookDelivery delivery) {
        em.persist(delivery);
        return delivery.id();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
