package nl.shopfloor.notifications.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import nl.shopfloor.Ids;
import nl.shopfloor.notifications.entity.PushSubscription;
import nl.shopfloor.notifications.entity.SubscriptionLimits;

/** The agents' browsers' Web Push subscriptions (N3): checked, at most a few per agent, gone when the push service says so. */
@Stateless
public class PushSubscriptions {

    @PersistenceContext
    EntityManager em;
    @Inject
    NotificationSettings settings;
    @Inject
    Clock clock;

    /**
     * Stores the browser's subscription for the agent; the same endpoint again replaces the old one (also another agent's:
     * one browser notifies whoever subscribed in it last). Beyond {@link SubscriptionLimits#MAX_PER_AGENT} the oldest go.
     * {@code device}: the browser's device cookie, which logging out there presents ({@link #loggedOut}).
     */
    public PushSubscription subscribe(String username, String endpoint, String p256dh, String auth, String language, String device) {
        SubscriptionRules.Checked checked = SubscriptionRules.check(endpoint, p256dh, auth, settings.allowLocalHttp());
        String hash = hash(checked.endpoint().toString());
        em.createNamedQuery(PushSubscription.findByEndpointHash, PushSubscription.class).setParameter("hash", hash)
                .getResultStream().forEach(em::remove);
        em.flush();
        PushSubscription subscription = new PushSubscription(Ids.random(), username, checked.endpoint().toString(), hash,
                checked.p256dh(), checked.auth(), language, hash(device), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        em.persist(subscription);
        List<PushSubscription> all = of(username);
        all.stream().skip(SubscriptionLimits.MAX_PER_AGENT).forEach(em::remove);
        return subscription;
    }

    /** True when the agent had a subscription with that endpoint. */
    public boolean unsubscribe(String username, String endpoint) {
        if (endpoint == null || endpoint.length() > SubscriptionLimits.MAX_ENDPOINT) {
            return false;
        }
        List<PushSubscription> found = em.createNamedQuery(PushSubscription.findByEndpointHash, PushSubscription.class)
                .setParameter("hash", hash(endpoint)).getResultStream()
                .filter(subscription -> subscription.agentUsername().equals(username)).toList();
        found.forEach(em::remove);
        return !found.isEmpty();
    }

    /** Whether the agent has a subscription with that endpoint: another agent may have subscribed in this browser since. */
    public boolean isSubscribed(String username, String endpoint) {
        return endpoint != null && endpoint.length() <= SubscriptionLimits.MAX_ENDPOINT
                && em.createNamedQuery(PushSubscription.findByEndpointHash, PushSubscription.class)
                        .setParameter("hash", hash(endpoint)).getResultStream()
                        .anyMatch(subscription -> subscription.agentUsername().equals(username));
    }

    /**
     * N12 The agent logged out in the browser with that device cookie: its subscriptions of theirs end, so a shared or
     * handed-on phone stops showing their chats; their other devices keep theirs. Returns how many ended.
     */
    public int loggedOut(String username, String device) {
        List<PushSubscription> found = em.createNamedQuery(PushSubscription.findByAgentAndDevice, PushSubscription.class)
                .setParameter("agent", username).setParameter("device", hash(device)).getResultList();
        found.forEach(em::remove);
        return found.size();
    }

    /** Newest first. */
    public List<PushSubscription> of(String username) {
        return em.createNamedQuery(PushSubscription.findByAgent, PushSubscription.class).setParameter("agent", username)
                .getResultList();
    }

    /** The push service answered 404 or 410: the browser dropped it (RFC 8030 section 7.3). */
    public void expired(String subscriptionId) {
        PushSubscription subscription = em.find(PushSubscription.class, subscriptionId);
        if (subscription != null) {
            em.remove(subscription);
        }
    }

    static String hash(String endpoint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(endpoint.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
