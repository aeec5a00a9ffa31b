package nl.shopfloor.webhooks.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.shopfloor.Ids;
import nl.shopfloor.Secrets;
import nl.shopfloor.webhooks.control.WebhookRefused.Reason;
import nl.shopfloor.webhooks.entity.EventType;
import nl.shopfloor.webhooks.entity.WebhookDelivery;
import nl.shopfloor.webhooks.entity.WebhookSubscription;

/**
 * A shop's webhook subscriptions (W1): made, changed, given a new secret, tested and deleted by its admins. A new or
 * changed address is checked (W2) and sent a challenge at once; it receives events once it echoed it.
 */
@Stateless
public class Subscriptions {

    public static final int MAX_PER_SHOP = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<SubscriptionsChanged> changed;

    /** A subscription and, in the answer to the request that made or rotated it, its secret. */
    public record Shown(WebhookSubscription subscription, String secret) {
    }

    public List<WebhookSubscription> ofShop(String shopId) {
        return em.createNamedQuery(WebhookSubscription.findByShop, WebhookSubscription.class).setParameter("shop", shopId).getResultList();
    }

    public WebhookSubscription find(String shopId, String subscriptionId) {
        WebhookSubscription subscription = subscriptionId == null ? null : em.find(WebhookSubscription.class, subscriptionId);
        if (subscription == null || !subscription.shopId().equals(shopId)) {
            throw new WebhookRefused(Reason.NO_SUCH_SUBSCRIPTION, "No such webhook subscription in this shop");
        }
        return subscription;
    }

    /** Made on the dashboard: enabled, named by its id. */
    public Shown create(String shopId, String url, Set<EventType> types, String admin) {
        return create(shopId, null, url, types, true, admin);
    }

    /** The shop API's upsert by the shop's own id ({@code ref}); the secret only when it is new. */
    public record Put(Shown shown, boolean created) {
    }

    public Put put(String shopId, String ref, String url, Set<EventType> types, boolean enabled, String caller) {
        Optional<WebhookSubscription> existing = byRef(shopId, ref);
        return existing.isPresent()
                ? new Put(new Shown(change(shopId, existing.get().id(), url, types, enabled), null), false)
                : new Put(create(shopId, ref, url, types, enabled, caller), true);
    }

    public Optional<WebhookSubscription> byRef(String shopId, String ref) {
        return em.createNamedQuery(WebhookSubscription.findByRef, WebhookSubscription.class).setParameter("shop", shopId)
                .setParameter("ref", ref).getResultStream().findFirst();
    }

    private Shown create(String shopId, String ref, String url, Set<EventType> types, boolean enabled, String caller) {
        String address = checked(url, types);
        if (ofShop(shopId).size() >= MAX_PER_SHOP) {
            throw new WebhookRefused(Reason.TOO_MANY, "A shop has at most " + MAX_PER_SHOP + " webhook subscriptions");
        }
        WebhookSubscription subscription = new WebhookSubscription(Ids.random(), shopId, ref, address, types, enabled, secret(),
                Secrets.random(), caller, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        em.persist(subscription);
        if (enabled) {
            outbox.verification(subscription);
        }
        return new Shown(subscription, subscription.secret());
    }

    /** A changed address is verified anew, and so is one switched on unverified; until then it receives nothing. */
    public WebhookSubscription change(String shopId, String subscriptionId, String url, Set<EventType> types, boolean enabled) {
        String address = checked(url, types);
        WebhookSubscription subscription = locked(shopId, subscriptionId);
        boolean newAddress = !address.equals(subscription.url());
        boolean switchedOn = enabled && !subscription.isEnabled();
        subscription.change(address, types, enabled, Secrets.random());
        if (enabled && !subscription.isVerified() && (newAddress || switchedOn)) {
            outbox.verification(subscription);
        }
        changed.fire(new SubscriptionsChanged(shopId));
        return subscription;
    }

    /** The old secret stops signing at once. */
    public Shown rotate(String shopId, String subscriptionId) {
        WebhookSubscription subscription = locked(shopId, subscriptionId);
        subscription.rotate(secret());
        return new Shown(subscription, subscription.secret());
    }

    /** Sends the challenge again, e.g. after the receiver was fixed; a verified address stays verified. */
    public WebhookDelivery verifyAgain(String shopId, String subscriptionId) {
        WebhookSubscription subscription = locked(shopId, subscriptionId);
        if (subscription.isVerified()) {
            throw new WebhookRefused(Reason.DELIVERED_ALREADY, "This address is verified already");
        }
        subscription.challengeAgain(Secrets.random());
        return outbox.verification(subscription);
    }

    /** A test event, which holds no shopper's text. */
    public WebhookDelivery test(String shopId, String subscriptionId, String requestedBy) {
        return outbox.test(find(shopId, subscriptionId), requestedBy);
    }

    /** With its delivery log. */
    public WebhookSubscription delete(String shopId, String subscriptionId) {
        WebhookSubscription subscription = locked(shopId, subscriptionId);
        em.createQuery("delete from WebhookDelivery d where d.subscriptionId = :subscription").setParameter("subscription", subscription.id())
                .executeUpdate();
        em.remove(subscription);
        changed.fire(new SubscriptionsChanged(shopId));
        return subscription;
    }

    private WebhookSubscription locked(String shopId, String subscriptionId) {
        WebhookSubscription subscription = find(shopId, subscriptionId);
        em.lock(subscription, LockModeType.PESSIMISTIC_WRITE);
        return subscription;
    }

    private String checked(String url, Set<EventType> types) {
        if (types == null || types.isEmpty() || types.stream().anyMatch(type -> !type.isSubscribable())) {
            throw new WebhookRefused(Reason.NO_EVENTS, "Choose at least one event");
        }
        return settings.check(url == null ? null : url.strip()).toString();
    }

    /** A prefix tells a Shopfloor webhook secret from an API key at a glance. */
    private static String secret() {
        return "whsec_" + Secrets.random();
    }
}
