package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.CachedJson;
import nl.shopfloor.Constraints;
import nl.shopfloor.Ids;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.ChatOrigin;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Sender;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.capacity.control.Capacity;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.routing.control.Decision;
import nl.shopfloor.routing.control.Router;
import nl.shopfloor.routing.control.RoutingRequest;
import nl.shopfloor.invites.control.Invitations;
import nl.shopfloor.invites.entity.InviteExposure;
import nl.shopfloor.routing.entity.Performance;

/**
 * Conversations and their messages. Every method commits before it returns, so a caller that acknowledges
 * after the call acknowledges only what is stored.
 */
@Stateless
public class Conversations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Agents agents;

    @Inject
    Router router;

    @Inject
    Capacity capacity;

    @Inject
    Availabilities availabilities;

    @Inject
    SlotReleases slots;

    @Inject
    Invitations invitations;

    @Inject
    Clock clock;

    @Inject
    ShopperContexts contexts;

    @Inject
    Event<ConversationStarted> started;

    @Inject
    Event<MessageStored> stored;

    @Inject
    Event<ConversationClosed> closed;

    @Inject
    Event<UnansweredChanged> unansweredChanged;

    private Instant now() {
        return StoredInstants.now(clock);
    }

    /**
     * The visitor with this id for this shop, who has been here before and is seen again now; empty when the id
     * is absent, unknown or another shop's. A newcomer is stored only when they first start a chat.
     */
    public Optional<Visitor> returning(String shopId, String visitorId, String language) {
        Visitor visitor = visitorId == null ? null : em.find(Visitor.class, visitorId);
        if (visitor == null || !visitor.belongsTo(shopId)) {
            return Optional.empty();
        }
        visitor.seen(language, now());
        return Optional.of(visitor);
    }

    /**
     * The id for a visitor who is not stored: the one their widget remembers if it is well-formed and nobody's
     * (a newcomer's id from an earlier hello, e.g. in another tab), else a new one. Either is unguessable by others.
     */
    public String newcomerId(String remembered) {
        return Ids.isWellFormed(remembered) && em.find(Visitor.class, remembered) == null ? remembered : Ids.random();
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

    /**
     * Opens the visitor's conversation (or returns the open one) and assigns it at once: to the person the
     * shopper asked for if they have room, else to the best ranked agent with room. Waits for the asked-for
     * person only when the shopper said so. {@code visitorId} is one the server found or issued ({@link Arrivals}),
     * never a client's word unchecked; a visitor without a stored record (a newcomer, whose id the server
     * issued at hello) is stored now.
     */
    public ConversationStarted start(String shopId, String visitorId, StartRequest request) {
        Instant now = now();
        Visitor visitor = em.find(Visitor.class, visitorId);
        boolean newcomer = visitor == null;
        if (newcomer) {
            visitor = new Visitor(visitorId, shopId, request.language(), now);
            em.persist(visitor);
        } else if (!visitor.belongsTo(shopId)) {
            throw new AccessDenied();
        }
        // a newcomer has no conversations yet: two queries fewer for most starts of a burst
        Optional<Conversation> open = newcomer ? Optional.empty() : openOf(visitor);
        if (open.isPresent()) {
            return new ConversationStarted(open.get(), messagesAfter(open.get().id(), 0), false);
        }
        InviteExposure answered = answered(shopId, visitorId, request.invite());
        // an invite that is not this visitor's makes a plain chat: the shopper still gets their answer
        Conversation conversation = new Conversation(Ids.random(), visitor, request.preChat(), request.language(), request.page(),
                request.origin() == ChatOrigin.PROACTIVE ? ChatOrigin.REACTIVE : request.origin(), now);
        if (answered != null) {
            conversation.answers(answered.id());
        }
        visitor.introduce(request.preChat().name(), request.preChat().email());
        if (request.agent() != null) {
            Agent chosen = agents.byPublicId(shopId, request.agent()).orElse(null);
            if (chosen == null || !chosen.takesChats()) {
                throw new AccessDenied();
            }
            visitor.choose(chosen.username());
            Optional<Agent> admitted = availabilities.canTakeChat(chosen) ? capacity.admit(shopId, List.of(chosen)) : Optional.empty();
            if (admitted.isPresent()) {
                assign(conversation, chosen, CachedJson.createObjectBuilder().add("chosen", chosen.username())
                        .add("chosenByShopper", true).build().toString(), now);
            } else if (request.waitForAgent()) {
                conversation.waitFor(chosen.username());
            } else {
                throw new AgentUnavailable(chosen);
            }
        } else {
            Decision decision = router.rank(new RoutingRequest(shopId, request.preChat().topic(), request.language(),
                    request.page().text(), newcomer ? null : ownAgentOf(visitor, now)));
            List<Agent> ranked = answered == null ? decision.ranked() : request.invite().shownFirst(decision.ranked());
            Agent agent = capacity.admit(shopId, ranked).orElseThrow(() -> new NoAgentAvailable(shopId));
            assign(conversation, agent, decision.explain(agent.username()), now);
        }
        em.persist(conversation);
        if (answered != null) {
            answered.answeredBy(conversation.id());
        }
        contexts.started(conversation);
        List<ChatMessage> messages = new ArrayList<>();
        if (request.firstText() != null && !request.firstText().isBlank()) {
            ChatMessage first = new ChatMessage(Ids.random(), conversation, Sender.SHOPPER, null, request.clientId(),
                    request.firstText(), now);
            em.persist(first);
            messages.add(first);
        }
        ConversationStarted event = new ConversationStarted(conversation, List.copyOf(messages), true);
        started.fire(event);
        return event;
    }

    /**
     * Hands chats that wait for a chosen person to that person, oldest first, as soon as they are online
     * with room. Called whenever a slot frees or presence changes.
     */
    public List<ConversationStarted> offerWaiting(String shopId) {
        List<ConversationStarted> assigned = new ArrayList<>();
        for (Conversation waiting : em.createNamedQuery(Conversation.findWaitingInShop, Conversation.class)
                .setParameter("shop", shopId).getResultList()) {
            Agent agent = em.find(Agent.class, waiting.preferredAgent());
            if (agent == null || !availabilities.canTakeChat(agent)) {
                continue;
            }
            em.refresh(waiting, LockModeType.PESSIMISTIC_WRITE);
            if (waiting.isWaiting() && capacity.admit(shopId, List.of(agent)).isPresent()) {
                assign(waiting, agent, CachedJson.createObjectBuilder().add("chosen", agent.username())
                        .add("chosenByShopper", true).add("waited", true).build().toString(), now());
                ConversationStarted event = new ConversationStarted(waiting, messagesAfter(waiting.id(), 0), false);
                started.fire(event);
                assigned.add(event);
            }
        }
        return assigned;
    }

    /** The invite the shopper answered, when it is theirs and was shown (not a hold-back); else the chat is a plain one. */
    private InviteExposure answered(String shopId, String visitorId, InviteAnswer invite) {
        return invite == null ? null
                : invitations.ofVisitor(shopId, visitorId, invite.exposureId()).filter(exposure -> !exposure.isControlGroup()).orElse(null);
    }

    private void assign(Conversation conversation, Agent agent, String explanation, Instant now) {
        slots.settleOrGiveBack(conversation.shopId(), agent.username());
        conversation.assignTo(agent, now, explanation);
    }

    /** The agent the shopper chose, else the last one who served them within the shop's window. */
    String ownAgentOf(Visitor visitor, Instant now) {
        if (visitor.chosenAgent() != null) {
            return visitor.chosenAgent();
        }
        Shop shop = em.find(Shop.class, visitor.shopId());
        return em.createNamedQuery(Conversation.findLatestOfVisitor, Conversation.class)
                .setParameter("visitor", visitor)
                .getResultStream()
                .filter(c -> c.agent() != null && c.startedAt().isAfter(now.minus(Duration.ofDays(shop.ownAgentDays()))))
                .map(c -> c.agent().username())
                .findFirst()
                .orElse(null);
    }

    public Optional<Agent> ownAgentOf(String visitorId) {
        Visitor visitor = em.find(Visitor.class, visitorId);
        return visitor == null ? Optional.empty() : Optional.ofNullable(ownAgentOf(visitor, now())).map(name -> em.find(Agent.class, name));
    }

    private Optional<Conversation> openOf(Visitor visitor) {
        return em.createNamedQuery(Conversation.findOpenOfVisitor, Conversation.class)
                .setParameter("visitor", visitor).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * One locking read of the visitor's open conversation; the visitor and the agent are not loaded (C10).
     * A resend of a stored message throws {@link AlreadyStored}.
     */
    public ChatMessage postFromShopper(String visitorId, String clientId, String text) {
        return store(lockOpenOf(visitorId), Sender.SHOPPER, null, clientId, text);
    }

    public ChatMessage postFromAgent(String username, String conversationId, String clientId, String text) {
        Conversation conversation = conversationId == null ? null
                : em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || !conversation.isAssignedTo(username) || !conversation.isOpen()) {
            throw new AccessDenied();
        }
        return store(conversation, Sender.AGENT, conversation.agent(), clientId, text);
    }

    /** The message this shopper sent with this clientId, for acknowledging a resend ({@link AlreadyStored}). */
    public ChatMessage storedFromShopper(String visitorId, String clientId) {
        return storedWith(lockOpenOf(visitorId), clientId);
    }

    /** The message this agent sent with this clientId, for acknowledging a resend ({@link AlreadyStored}). */
    public ChatMessage storedFromAgent(String username, String conversationId, String clientId) {
        return storedWith(assignedTo(username, conversationId), clientId);
    }

    private Conversation lockOpenOf(String visitorId) {
        return em.createNamedQuery(Conversation.lockOpenOfVisitorId, Conversation.class)
                .setParameter("visitor", visitorId)
                .getResultStream().findFirst()
                .orElseThrow(AccessDenied::new);
    }

    private ChatMessage storedWith(Conversation conversation, String clientId) {
        return em.createNamedQuery(ChatMessage.findByClientId, ChatMessage.class)
                .setParameter("conversation", conversation)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst()
                .orElseThrow(AccessDenied::new);
    }

    /** A message from Shopfloor itself, e.g. the apology when an answer takes long. */
    public ChatMessage postFromSystem(Conversation conversation, String text) {
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        return store(conversation, Sender.SYSTEM, null, null, text);
    }

    /**
     * {@code conversation} is locked for writing: seq numbers depend on it. A resend is caught by the unique
     * key on (conversation, clientId) rather than looked for first: every message would pay for that read.
     */
    private ChatMessage store(Conversation conversation, Sender sender, Agent agent, String clientId, String text) {
        Instant now = now();
        ChatMessage message = new ChatMessage(Ids.random(), conversation, sender, agent, clientId, text, now);
        em.persist(message);
        if (clientId != null) {
            insertNow();
        }
        if (sender == Sender.AGENT && conversation.firstResponseAt() == null) {
            boolean wasOnWaitingList = conversation.isUnanswered();
            conversation.answered(now);
            learnResponseTime(conversation, agent, now);
            if (wasOnWaitingList) {
                unansweredChanged.fire(new UnansweredChanged(conversation.shopId()));
            }
        }
        stored.fire(new MessageStored(message));
        return message;
    }

    /** Under the conversation's lock only the clientId key can be violated: the seq is this transaction's. */
    private void insertNow() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw new AlreadyStored();
            }
            throw e;
        }
    }

    private void learnResponseTime(Conversation conversation, Agent agent, Instant now) {
        Performance performance = em.find(Performance.class, Performance.key(agent.username(), conversation.topic()));
        if (performance == null) {
            performance = new Performance(agent.username(), conversation.topic());
            em.persist(performance);
        }
        performance.firstResponse(Duration.between(conversation.assignedAt(), now));
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

    public Conversation closeBySystem(Conversation conversation) {
        return close(conversation, Sender.SYSTEM);
    }

    private Conversation close(Conversation conversation, Sender by) {
        if (conversation.isOpen()) {
            if (conversation.agent() != null) {
                slots.releaseOnCommit(conversation.shopId(), conversation.agent().username());
            }
            conversation.close(now());
            closed.fire(new ConversationClosed(conversation, by));
        }
        return conversation;
    }
}
