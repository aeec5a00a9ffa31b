package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.commerce.entity.Customer;
import nl.shopfloor.commerce.entity.CustomerData;
import nl.shopfloor.invites.entity.Shopper;

/**
 * What the server knows of a shopper for the invite rules (invites I12): their earlier conversations, and when the
 * shop identified them, its segment and lifetime value for the customer. Read once per socket (and again after an
 * identify), never per activity. The lifetime value is the shop's own figure (commerce C19): summing orders is the
 * customer panel's work and too much for every page view.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KnownShoppers {

    /** Enough to count "had a conversation before"; a rule asks whether, and how long ago the last one was. */
    static final int MAX_CONVERSATIONS = 50;

    @PersistenceContext
    EntityManager em;

    public Shopper of(String shopId, String visitorId) {
        Visitor visitor = em.find(Visitor.class, visitorId);
        if (visitor == null || !visitor.belongsTo(shopId)) {
            return new Shopper(visitorId, false, 0, null, null, null);
        }
        List<Conversation> earlier = em.createNamedQuery(Conversation.findLatestOfVisitor, Conversation.class)
                .setParameter("visitor", visitor).setMaxResults(MAX_CONVERSATIONS).getResultList();
        CustomerData customer = visitor.customerRef() == null ? null : em.createNamedQuery(Customer.findByRef, Customer.class)
                .setParameter("shop", shopId).setParameter("ref", visitor.customerRef())
                .getResultStream().findFirst().map(Customer::data).orElse(null);
        return new Shopper(visitorId, true, earlier.size(), earlier.isEmpty() ? null : earlier.get(0).startedAt(),
                customer == null ? null : customer.segment(), customer == null ? null : customer.lifetimeValue());
    }
}
