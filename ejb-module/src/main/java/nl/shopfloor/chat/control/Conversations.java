package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Page;
import nl.shopfloor.chat.entity.PreChat;
import nl.shopfloor.chat.entity.Sender;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.routing.control.Router;

/**
 * Conversations and their messages. Every method commits before it returns, so a caller that acknowledges
 * after the call acknowledges only what is stored.
 */
@Stateless
public class Conversations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Router router;

    @Inject
    Clock clock;

    @Inject
    Event<ConversationStarted> started;

    @Inject
    Event<MessageStored> stored;

    @Inject
    Event<ConversationClosed> closed;

    /** Millisecond precision: what the database keeps, so a message reads the same before and after a reload. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The visitor with this id for this shop, or a new one when the id is absent, unknown or another shop's. */
    public Visitor identify(String shopId, String visitorId, String language) {
        Instant now = now();
        Visitor visitor = visitorId == null ? null : em.find(Visitor.class, visitorId);
        if (visitor == null || !visitor.belongsTo(shopId)) {
            visitor = new Visitor(Ids.random(), shopId, language, now);
            em.persist(visitor);
        } else {
            visitor.seen(language, now);
        }
        return visitor;
    }

    /** The visitor's open conversation, else their most recent one (so a reload still shows how it ended). */
    public Optional<Conversation> currentOf(String visitorId) {
        Visitor visitor = em.find(Visitor.class, visitorId);
        if (visitor == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Conversation.findLatestOfVisitor, Conversation.class)
                .setParameter("visitor", visitor)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<ChatMessage> messagesAfter(String conversationId, int seq) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            return List.of();
        }
        return em.createNamedQuery(ChatMessage.findAfterSeq, ChatMessage.class)
                .setParameter("conversation", conversation)
                .setParameter("seq", Math.max(seq, 0))
                .getResultList();
    }

    public ConversationStarted start(String visitorId, PreChat preChat, String language, Page page,
                                     String firstText, String clientId) {
        Visitor visitor = em.find(Visitor.class, visitorId);
        if (visitor == null) {
            throw new AccessDenied();
        }
        Optional<Conversation> open = em.createNamedQuery(Conversation.findOpenOfVisitor, Conversation.class)
                .setParameter("visitor", visitor).setMaxResults(1).getResultStream().findFirst();
        if (open.isPresent()) {
            return new ConversationStarted(open.get(), messagesAfter(open.get().id(), 0));
        }
        Agent agent = router.pickAgent(visitor.shopId()).orElseThrow(() -> new NoAgentAvailable(visitor.shopId()));
        Instant now = now();
        visitor.introduce(preChat.name(), preChat.email());
        Conversation conversation = new Conversation(Ids.random(), visitor, preChat, language, page, now);
        conversation.assignTo(agent, now);
        em.persist(conversation);
        List<ChatMessage> messages = new ArrayList<>();
        if (firstText != null && !firstText.isBlank()) {
            ChatMessage first = new ChatMessage(Ids.random(), conversation, Sender.SHOPPER, null, clientId, firstText, now);
            em.persist(first);
            messages.add(first);
        }
        ConversationStarted event = new ConversationStarted(conversation, List.copyOf(messages));
        started.fire(event);
        return event;
    }

    public ChatMessage postFromShopper(String visitorId, String clientId, String text) {
        Visitor visitor = em.find(Visitor.class, visitorId);
        Conversation conversation = visitor == null ? null
                : em.createNamedQuery(Conversation.findOpenOfVisitor, Conversation.class)
                .setParameter("visitor", visitor).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (conversation == null) {
            throw new AccessDenied();
        }
        return post(conversation, Sender.SHOPPER, null, clientId, text);
    }

    public ChatMessage postFromAgent(String username, String conversationId, String clientId, String text) {
        Conversation conversation = assignedTo(username, conversationId);
        if (!conversation.isOpen()) {
            throw new AccessDenied();
        }
        return post(conversation, Sender.AGENT, conversation.agent(), clientId, text);
    }

    private ChatMessage post(Conversation conversation, Sender sender, Agent agent, String clientId, String text) {
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        Optional<ChatMessage> earlier = clientId == null ? Optional.empty()
                : em.createNamedQuery(ChatMessage.findByClientId, ChatMessage.class)
                .setParameter("conversation", conversation)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ChatMessage message = new ChatMessage(Ids.random(), conversation, sender, agent, clientId, text, now());
        em.persist(message);
        stored.fire(new MessageStored(message));
        return message;
    }

    /** The conversation, if it is assigned to this agent; otherwise the same answer as for an unknown id. */
    public Conversation assignedTo(String username, String conversationId) {
        Conversation conversation = conversationId == null ? null : em.find(Conversation.class, conversationId);
        if (conversation == null || !conversation.isAssignedTo(username)) {
            throw new AccessDenied();
        }
        return conversation;
    }

    public List<Conversation> openOf(Agent agent) {
        return em.createNamedQuery(Conversation.findOpenOfAgent, Conversation.class)
                .setParameter("agent", agent)
                .getResultList();
    }

    public Optional<ChatMessage> lastMessageOf(Conversation conversation) {
        return em.createNamedQuery(ChatMessage.findLast, ChatMessage.class)
                .setParameter("conversation", conversation)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Conversation closeByAgent(String username, String conversationId) {
        return close(assignedTo(username, conversationId), Sender.AGENT);
    }

    public Optional<Conversation> closeByShopper(String visitorId) {
        Visitor visitor = em.find(Visitor.class, visitorId);
        if (visitor == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Conversation.findOpenOfVisitor, Conversation.class)
                .setParameter("visitor", visitor).setMaxResults(1).getResultStream().findFirst()
                .map(conversation -> close(conversation, Sender.SHOPPER));
    }

    private Conversation close(Conversation conversation, Sender by) {
        if (conversation.isOpen()) {
            conversation.close(now());
            closed.fire(new ConversationClosed(conversation, by));
        }
        return conversation;
    }
}
