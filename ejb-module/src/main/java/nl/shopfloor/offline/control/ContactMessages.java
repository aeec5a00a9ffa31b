package nl.shopfloor.offline.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.offline.entity.ContactMessage;

/**
 * Stores what shoppers leave in the contact form and, in the same transaction, queues the mails about it:
 * when this returns, the message is stored and its mails are on the queue, or neither.
 */
@Stateless
public class ContactMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** {@code agent}: the person the message is for, or null for the shop's team. */
    public record Form(String name, String email, String topic, String text, String agent) {
    }

    /** Stores the form once per (visitor, clientId): a resend after a reconnect returns the stored one. */
    public ContactMessage store(String shopId, String visitorId, String clientId, Form form, String language,
                                String pageUrl) {
        Optional<ContactMessage> earlier = em.createNamedQuery(ContactMessage.findByClientId, ContactMessage.class)
                .setParameter("visitor", visitorId)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ContactMessage message = new ContactMessage(Ids.random(), shopId, visitorId, clientId, form.name(),
                form.email(), form.topic(), form.text(), language, pageUrl, clock.instant());
        if (form.agent() != null) {
            Agent agent = em.find(Agent.class, form.agent());
            if (agent == null || !agent.shopId().equals(shopId)) {
                throw new IllegalArgumentException("No such colleague");
            }
            message.leaveFor(agent.username());
        }
        em.persist(message);
        // The outbox refers to the message by a plain column: JPA cannot order the inserts itself.
        em.flush();
        outbox.mailsFor(message);
        return message;
    }

    public List<ContactMessage> latestOf(String shopId, int max) {
        return em.createNamedQuery(ContactMessage.findByShop, ContactMessage.class)
                .setParameter("shop", shopId)
                .setMaxResults(max)
                .getResultList();
    }
}
