package nl.shopfloor.privacy.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.shopfloor.Ids;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.ConversationStatus;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.privacy.entity.PrivacyAudit;

/**
 * One batch of a retention run (P4) per call, each in a transaction of its own: a shop with a million old chats
 * never holds one long transaction or its locks. Each batch takes only rows not yet done, so a run broken off
 * halfway simply goes on the next time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionBatches {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * Closed chats that started before {@code before}: blanks their messages and survey comments too, and forgets the
     * pages and cart the shopper had during the chat (chat C20). Returns how many.
     */
    public int anonymiseConversations(String shopId, Instant before, Instant now) {
        List<Conversation> batch = em.createQuery("select c from Conversation c where c.shopId = :shop and c.anonymisedAt is null"
                        + " and c.startedAt < :before and c.status = :closed", Conversation.class)
                .setParameter("shop", shopId).setParameter("before", before).setParameter("closed", ConversationStatus.CLOSED)
                .setMaxResults(BATCH).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<String> ids = batch.stream().map(Conversation::id).toList();
        em.createQuery("update ChatMessage m set m.text = '' where m.conversation.id in :ids").setParameter("ids", ids).executeUpdate();
        em.createQuery("update Survey s set s.comment = null where s.conversationId in :ids").setParameter("ids", ids).executeUpdate();
        em.createQuery("delete from ShopperContext s where s.conversationId in :ids").setParameter("ids", ids).executeUpdate();
        batch.forEach(conversation -> conversation.anonymise(now));
        return batch.size();
    }

    /** Visitors last seen before {@code before}. Returns how many. */
    public int anonymiseVisitors(String shopId, Instant before, Instant now) {
        List<Visitor> batch = em.createQuery("select v from Visitor v where v.shopId = :shop and v.anonymisedAt is null"
                        + " and v.lastSeenAt < :before", Visitor.class)
                .setParameter("shop", shopId).setParameter("before", before).setMaxResults(BATCH).getResultList();
        batch.forEach(visitor -> visitor.anonymise(now));
        return batch.size();
    }

    /** Contact messages and call-back requests that came before {@code before}, with the mails about them. Returns how many. */
    public int deleteContactMessages(String shopId, Instant before) {
        List<String> ids = em.createQuery("select m.id from ContactMessage m where m.shopId = :shop and m.createdAt < :before", String.class)
                .setParameter("shop", shopId).setParameter("before", before).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("delete from OutboxMail m where m.contactMessageId in :ids").setParameter("ids", ids).executeUpdate();
        em.createQuery("delete from ContactMessage m where m.id in :ids").setParameter("ids", ids).executeUpdate();
        return ids.size();
    }

    public void audit(String shopId, String actor, String summary, Instant at) {
        em.persist(PrivacyAudit.retention(Ids.random(), shopId, actor, summary, at));
    }
}
