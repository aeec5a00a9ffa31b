package nl.shopfloor.offline.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.offline.entity.ContactMessage;
import nl.shopfloor.offline.entity.MailPurpose;
import nl.shopfloor.offline.entity.MailStatus;
import nl.shopfloor.offline.entity.OutboxMail;
import nl.shopfloor.offline.entity.TopicMailbox;

/**
 * Mails on their way: composed and queued in the transaction that stores the message they are about, so
 * either both exist or neither; listed for the dashboard; retried from the dead-letter queue on request.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    MailQueue queue;

    @Inject
    Clock clock;

    /**
     * The shop's copy (to the chosen colleague, the question type's mailbox or the shop) with reply-to the
     * shopper, and the shopper's confirmation when they gave an address.
     */
    public List<OutboxMail> mailsFor(ContactMessage message) {
        Shop shop = em.find(Shop.class, message.shopId());
        Agent agent = message.agent() == null ? null : em.find(Agent.class, message.agent());
        String teamAddress = teamAddressFor(shop, message, agent);
        String language = shop.language(message.language());
        MailTemplates.Rendered forTeam = templates.forTeam(shop, message, agent == null ? null : agent.displayName());
        List<OutboxMail> mails = new ArrayList<>();
        if (teamAddress != null) {
            mails.add(queue(new OutboxMail(Ids.random(), shop.id(), message.id(), MailPurpose.TEAM, teamAddress, message.email(),
                    forTeam.subject(), forTeam.body(), language, clock.instant())));
        }
        if (message.email() != null) {
            MailTemplates.Rendered confirmation = templates.confirmation(shop, message);
            mails.add(queue(new OutboxMail(Ids.random(), shop.id(), message.id(), MailPurpose.CONFIRMATION, message.email(),
                    teamAddress, confirmation.subject(), confirmation.body(), language, clock.instant())));
        }
        return mails;
    }

    /** An agent's answer to the shopper, with reply-to the team, so the shopper's next mail reaches the shop again. */
    public OutboxMail answer(ContactMessage message, Agent agent, String text) {
        Shop shop = em.find(Shop.class, message.shopId());
        MailTemplates.Rendered answer = templates.answer(shop, message, agent.displayName(), text);
        return queue(new OutboxMail(Ids.random(), shop.id(), message.id(), MailPurpose.REPLY, message.email(),
                teamAddressFor(shop, message, message.agent() == null ? null : em.find(Agent.class, message.agent())),
                answer.subject(), answer.body(), shop.language(message.language()), clock.instant()));
    }

    private String teamAddressFor(Shop shop, ContactMessage message, Agent agent) {
        return Optional.ofNullable(agent).map(Agent::email)
                .or(() -> mailboxOf(shop.id(), message.topic()))
                .orElse(shop.contactEmail());
    }

    public List<OutboxMail> latestOf(String shopId, int max) {
        return em.createNamedQuery(OutboxMail.findByShop, OutboxMail.class).setParameter("shop", shopId).setMaxResults(max).getResultList();
    }

    /** A parked mail (or one kept for lack of a mail server) goes back on the queue for a fresh series of attempts. */
    public OutboxMail retry(String shopId, String mailId) {
        OutboxMail mail = mailId == null ? null : em.find(OutboxMail.class, mailId);
        if (mail == null || !mail.shopId().equals(shopId)) {
            throw new OfflineRefused("No such mail in this shop");
        }
        if (mail.status() == MailStatus.SENT) {
            return mail;
        }
        if (mail.status() == MailStatus.DEAD) {
            queue.unpark(mail.id());
        }
        mail.requeue();
        queue.enqueue(mail.id(), Duration.ZERO);
        return mail;
    }

    private OutboxMail queue(OutboxMail mail) {
        em.persist(mail);
        queue.enqueue(mail.id(), Duration.ZERO);
        return mail;
    }

    private Optional<String> mailboxOf(String shopId, String topic) {
        return em.createNamedQuery(TopicMailbox.findByShop, TopicMailbox.class).setParameter("shop", shopId).getResultStream()
                .filter(mailbox -> mailbox.topic().equals(topic)).map(TopicMailbox::email).findFirst();
    }
}
