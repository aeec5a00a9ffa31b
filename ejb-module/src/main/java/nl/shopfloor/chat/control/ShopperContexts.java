package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import nl.shopfloor.chat.entity.Cart;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Page;
import nl.shopfloor.chat.entity.ShopperContext;

/**
 * Where the shopper of an open chat is and what their cart holds (C20). The row is made with the conversation,
 * so a report is an update of a row that is there, never a race to insert it; a report that changes nothing
 * writes nothing and pushes nothing.
 */
@Stateless
public class ShopperContexts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ShopperContextChanged> changed;

    @Inject
    Clock clock;

    /** Made with the conversation, in its transaction. */
    public void started(Conversation conversation) {
        em.persist(new ShopperContext(conversation.id()));
    }

    /** A page of the shopper's said hello while their chat is open. */
    public void arrived(Conversation conversation, Page page) {
        ShopperContext context = em.find(ShopperContext.class, conversation.id());
        if (context != null && context.moved(page, conversation.page(), StoredInstants.now(clock))) {
            changed.fire(new ShopperContextChanged(conversation.agentUsername(), context));
        }
    }

    /** The shop's page told the widget the cart; kept only while the visitor has an open chat. */
    public void cart(String visitorId, Cart cart) {
        em.createQuery("select c.id, c.agentUsername from Conversation c where c.visitorId = :visitor"
                        + " and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN", Object[].class)
                .setParameter("visitor", visitorId).getResultStream().findFirst()
                .ifPresent(open -> {
                    ShopperContext context = em.find(ShopperContext.class, open[0]);
                    if (context != null && context.cart(cart, StoredInstants.now(clock))) {
                        changed.fire(new ShopperContextChanged((String) open[1], context));
                    }
                });
    }

    public Optional<ShopperContext> of(String conversationId) {
        return Optional.ofNullable(em.find(ShopperContext.class, conversationId));
    }
}
