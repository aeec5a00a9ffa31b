package nl.shopfloor.commerce.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.shopfloor.Secrets;
import nl.shopfloor.commerce.entity.Shop;

/**
 * Checks the shop's word on who is logged in (commerce M3): the shop signs {@code <shop>:<customer id>:<unix
 * seconds>} with its identify secret (HMAC-SHA256, hex). A claim older than {@link #VALID_FOR} or from the future
 * (beyond a minute of clock skew), unsigned or wrongly signed is refused; the caller ignores it.
 */
@Stateless
public class IdentifyClaims {

    static final Duration VALID_FOR = Duration.ofHours(1);
    static final Duration SKEW = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public record Claim(String customerRef, long timestamp, String signature) {
    }

    /** The customer id the claim vouches for, if it holds. */
    public Optional<String> verify(String shopId, Claim claim) {
        Shop shop = em.find(Shop.class, shopId);
        if (shop == null || shop.identifySecret() == null || claim.signature() == null || claim.customerRef() == null) {
            return Optional.empty();
        }
        Instant signedAt = Instant.ofEpochSecond(claim.timestamp());
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(VALID_FOR)) || signedAt.isAfter(now.plus(SKEW))) {
            return Optional.empty();
        }
        String expected = Secrets.hmacSha256(shop.identifySecret(), message(shopId, claim.customerRef(), claim.timestamp()));
        return Secrets.equal(expected, claim.signature().toLowerCase(java.util.Locale.ROOT))
                ? Optional.of(claim.customerRef()) : Optional.empty();
    }

    public static String message(String shopId, String customerRef, long timestamp) {
        return shopId + ":" + customerRef + ":" + timestamp;
    }

    /** The shop's identify secret, for its admin. */
    public String secretOf(String shopId) {
        return em.find(Shop.class, shopId).identifySecret();
    }

    public String rotateSecret(String shopId) {
        return em.find(Shop.class, shopId).rotateIdentifySecret();
    }
}
