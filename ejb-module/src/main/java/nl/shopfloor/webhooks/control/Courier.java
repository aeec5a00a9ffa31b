package nl.shopfloor.webhooks.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.shopfloor.CachedJson;
import nl.shopfloor.webhooks.entity.EventType;
import nl.shopfloor.webhooks.entity.WebhookDelivery;
import nl.shopfloor.webhooks.entity.WebhookSubscription;

/**
 * Makes one attempt at one delivery, in the transaction that consumes its JMS message (W5): delivered on a 2xx, or the
 * failure recorded and the next attempt queued with the next wait, or after the last attempt parked — together with
 * consuming the message, or not at all. Only a verified subscription gets anything but its verification (W2).
 */
@Stateless
public class Courier {

    private static final Logger LOG = Logger.getLogger(Courier.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Receiver receiver;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookQueue queue;

    @Inject
    Clock clock;

    @Inject
    Event<SubscriptionsChanged> changed;

    public void deliver(String deliveryId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.isDue(now)) {
            // Delivered, parked or waiting already: a duplicate message (the watch re-queued it) changes nothing.
            return;
        }
        WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.subscriptionId());
        if (subscription == null) {
            // Written by an instance that had not heard of the deletion yet (W4), or deleted while this message waited.
            em.remove(delivery);
            return;
        }
        boolean verification = delivery.eventType() == EventType.VERIFICATION;
        if (verification && !challengeOf(delivery).equals(subscription.challenge())) {
            delivery.skipped(subscription.isVerified() ? "Verified already" : "A newer verification replaced this one");
            return;
        }
        if (!subscription.isEnabled()) {
            delivery.skipped("The subscription is disabled");
            return;
        }
        if (!verification && delivery.eventType() != EventType.TEST && !subscription.isVerified()) {
            delivery.skipped("The address is not verified");
            return;
        }
        try {
            URI to = settings.check(subscription.url());
            Receiver.Answer answer = receiver.post(to, headers(delivery, subscription, now), delivery.payload());
            if (!answer.isSuccess()) {
                failed(delivery, answer.status(), "HTTP " + answer.status(), now);
            } else if (verification && !subscription.verify(challengeOf(delivery), answer.body(), now)) {
                failed(delivery, answer.status(), "The answer did not echo the challenge", now);
            } else {
                delivery.delivered(answer.status(), now);
                if (verification) {
                    changed.fire(new SubscriptionsChanged(subscription.shopId()));
                }
            }
        } catch (WebhookRefused refused) {
            failed(delivery, null, refused.getMessage(), now);
        } catch (IOException | RuntimeException e) {
            failed(delivery, null, describe(e), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(delivery, null, "Interrupted", now);
        }
    }

    /** The event, its delivery id (the same on every attempt) and the signature over this attempt's timestamp and the body (W3). */
    private static Map<String, String> headers(WebhookDelivery delivery, WebhookSubscription subscription, Instant now) {
        return Map.of("Shopfloor-Event", delivery.eventType().wireName(), "Shopfloor-Delivery", delivery.id(),
                "Shopfloor-Signature", Signatures.header(subscription.secret(), now.getEpochSecond(), delivery.payload()));
    }

    private void failed(WebhookDelivery delivery, Integer status, String error, Instant now) {
        Optional<Duration> wait = settings.retryDelays().after(delivery.attempts() + 1);
        delivery.failed(status, error, wait.map(now::plus).orElse(null));
        if (wait.isPresent()) {
            queue.enqueue(delivery.id(), wait.get());
            LOG.info(() -> "Webhook delivery " + delivery.id() + " failed (attempt " + delivery.attempts() + "), again in " + wait.get() + ": " + error);
        } else {
            LOG.warning(() -> "Webhook delivery " + delivery.id() + " parked after " + delivery.attempts() + " attempts: " + error);
        }
    }

    private static String challengeOf(WebhookDelivery delivery) {
        try (var reader = CachedJson.createReader(new StringReader(delivery.payload()))) {
            JsonObject payload = reader.readObject();
            return payload.getJsonObject("data").getString("challenge");
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && text.length() < 800; cause = cause.getCause()) {
            text.append(" / ").append(cause.getMessage());
        }
        return text.toString();
    }
}
