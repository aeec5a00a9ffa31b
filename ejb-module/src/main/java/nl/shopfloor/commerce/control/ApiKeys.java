package nl.shopfloor.commerce.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.Secrets;
import nl.shopfloor.commerce.entity.ApiKey;
import nl.shopfloor.commerce.entity.KeyScope;

/**
 * A shop's API keys (commerce M1). A key reads {@code sfk_<id>_<secret>}: the id finds the row, the secret (256
 * random bits) is compared by its SHA-256, in constant time. The whole key is shown once, when it is made.
 */
@Stateless
public class ApiKeys {

    static final String PREFIX = "sfk_";
    private static final int MAX_KEYS_PER_SHOP = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A key just made: the only time its secret is known. */
    public record NewKey(ApiKey key, String token) {
    }

    /** Who is calling with a valid key. */
    public record Caller(String keyId, String shopId, KeyScope scope) {
    }

    public List<ApiKey> ofShop(String shopId) {
        return em.createNamedQuery(ApiKey.findByShop, ApiKey.class).setParameter("shop", shopId).getResultList();
    }

    public NewKey create(String shopId, String name, KeyScope scope, String createdBy) {
        if (ofShop(shopId).stream().filter(ApiKey::isActive).count() >= MAX_KEYS_PER_SHOP) {
            throw new KeyRefused(KeyRefused.Reason.TOO_MANY_KEYS, "A shop has at most " + MAX_KEYS_PER_SHOP + " active keys: revoke one first");
        }
        String id = Ids.random();
        String secret = Secrets.random();
        ApiKey key = new ApiKey(id, shopId, name, scope, Secrets.sha256(secret), createdBy, now());
        em.persist(key);
        return new NewKey(key, PREFIX + id + "_" + secret);
    }

    /** The same name and scope under a new secret; the old key stops working at once. */
    public NewKey rotate(String shopId, String keyId, String rotatedBy) {
        ApiKey old = activeOf(shopId, keyId);
        old.revoke(now());
        return create(shopId, old.name(), old.scope(), rotatedBy);
    }

    public ApiKey revoke(String shopId, String keyId) {
        ApiKey key = activeOf(shopId, keyId);
        key.revoke(now());
        return key;
    }

    /** The caller a presented key stands for; empty for anything but an active key of ours. */
    public Optional<Caller> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() != PREFIX.length() + 24 + 1 + 43) {
            return Optional.empty();
        }
        String id = token.substring(PREFIX.length(), PREFIX.length() + 24);
        String secret = token.substring(PREFIX.length() + 25);
        ApiKey key = Ids.isWellFormed(id) && token.charAt(PREFIX.length() + 24) == '_' ? em.find(ApiKey.class, id) : null;
        // the comparison runs also for unknown ids, so that a lookup miss takes as long as a wrong secret
        boolean matches = Secrets.equal(key == null ? Secrets.sha256("") : key.secretHash(), Secrets.sha256(secret));
        if (key == null || !matches || !key.isActive()) {
            return Optional.empty();
        }
        Instant now = now();
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minusSeconds(60))) {
            key.used(now); // at most once a minute: a busy import must not write the key's row for every call
        }
        return Optional.of(new Caller(key.id(), key.shopId(), key.scope()));
    }

    private ApiKey activeOf(String shopId, String keyId) {
        ApiKey key = keyId == null ? null : em.find(ApiKey.class, keyId);
        if (key == null || !key.shopId().equals(shopId)) {
            throw new KeyRefused(KeyRefused.Reason.NO_SUCH_KEY, "No such key");
        }
        if (!key.isActive()) {
            throw new KeyRefused(KeyRefused.Reason.REVOKED_ALREADY, "This key is revoked already");
        }
        return key;
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
