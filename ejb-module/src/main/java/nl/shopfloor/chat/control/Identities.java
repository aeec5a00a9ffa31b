package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.commerce.control.IdentifyClaims;
import nl.shopfloor.commerce.control.IdentifyClaims.Claim;

/**
 * Links a visitor to the shop's customer when the shop vouches for it (C17): a signed claim that holds links
 * the visitor, stored now if they were a newcomer (a logged-in customer is worth remembering); one that does not
 * changes nothing.
 */
@Stateless
public class Identities {

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentifyClaims claims;

    @Inject
    Clock clock;

    /** {@code visitorId}: the one the server found or issued at hello. */
    public boolean identify(String shopId, String visitorId, String language, Claim claim) {
        String customer = claims.verify(shopId, claim).orElse(null);
        if (customer == null) {
            return false;
        }
        Visitor visitor = em.find(Visitor.class, visitorId);
        if (visitor == null) {
            visitor = new Visitor(visitorId, shopId, language, StoredInstants.now(clock));
            em.persist(visitor);
        } else if (!visitor.belongsTo(shopId)) {
            return false;
        }
        visitor.identifyAs(customer);
        return true;
    }
}
