package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.capacity.control.Capacity;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.routing.control.Decision;
import nl.shopfloor.routing.control.Router;
import nl.shopfloor.routing.control.RoutingRequest;

/**
 * A chat moving from one agent to another: re-routed when nobody answers or its agent is gone, transferred
 * by its agent, taken over by a colleague. The receiver's slot is taken before the move; a rollback gives
 * it back and returns the sender's.
 */
@Stateless
public class Handovers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Router router;

    @Inject
    Capacity capacity;

    @Inject
    Availabilities availabilities;

    @Inject
    SlotReleases slots;

    @Inject
    Clock clock;

    @Inject
    Conversations conversations;

    @Inject
    Event<ConversationRerouted> rerouted;

    @Inject
    Event<UnansweredChanged> unansweredChanged;

    /** The assigned agent did not answer in time: the next best colleague with room gets the chat. */
    public void rerouteUnanswered(Conversation conversation, Instant now) {
        String from = conversation.agent().username();
        Optional<Handover> next = nextBest(conversation, from, agent -> true);
        if (next.isEmpty()) {
            // Nobody else has room: it stays with the same agent, still on every colleague's waiting list.
            conversation.rerouted(conversation.agent(), now, conversation.routingExplanation());
            return;
        }
        conversation.rerouted(next.get().to(), now, next.get().explanation());
        rerouted.fire(new ConversationRerouted(conversation, from));
        unansweredChanged.fire(new UnansweredChanged(conversation.shopId()));
    }

    /**
     * An agent went offline for good (closed or dead dashboard, or chose offline): their open chats go to
     * the best colleagues with room; a chat nobody can take stays where it is.
     */
    public int rerouteChatsOf(String username) {
        Agent gone = em.find(Agent.class, username);
        int moved = 0;
        for (Conversation conversation : gone == null ? List.<Conversation>of() : conversations.openOf(gone)) {
            em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
            if (!conversation.isOpen() || !conversation.isAssignedTo(username)) {
                continue;
            }
            Optional<Handover> next = nextBest(conversation, username, agent -> true);
            if (next.isPresent()) {
                conversation.rerouted(next.get().to(), now(), next.get().explanation());
                rerouted.fire(new ConversationRerouted(conversation, username));
                moved++;
            }
        }
        return moved;
    }

    /**
     * Hands a chat to a colleague, or to the best available member of a team, with a note for them. The
     * receiver must be online with room; the shopper sees who joins.
     */
    public Conversation transfer(String username, String conversationId, TransferTarget target, String note) {
        Conversation conversation = conversations.assignedTo(username, conversationId);
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        if (!conversation.isOpen()) {
            throw new AccessDenied();
        }
        Agent to;
        if (target.agent() != null) {
            to = em.find(Agent.class, target.agent());
            if (to == null || !to.shopId().equals(conversation.shopId()) || !to.takesChats() || to.username().equals(username)) {
                throw new AccessDenied();
            }
            if (!availabilities.canTakeChat(to)) {
                throw new AgentUnavailable(to);
            }
            if (!capacity.move(conversation.shopId(), username, to)) {
                throw new NoAgentAvailable(conversation.shopId());
            }
            moveSlotBackOnRollback(conversation.shopId(), to, username);
        } else {
            to = nextBest(conversation, username, agent -> agent.team() != null && agent.team().id().equals(target.team()))
                    .orElseThrow(() -> new NoAgentAvailable(conversation.shopId())).to();
        }
        var explanation = CachedJson.createObjectBuilder().add("chosen", to.username()).add("transferredBy", username)
                .add("transferredByName", conversation.agent().displayName());
        if (note != null) {
            explanation.add("note", note);
        }
        conversation.rerouted(to, now(), explanation.build().toString());
        rerouted.fire(new ConversationRerouted(conversation, username));
        return conversation;
    }

    /** A colleague takes over a chat that waits too long, with one click. */
    public Conversation takeOver(String username, String conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        Agent taker = em.find(Agent.class, username);
        if (conversation == null || taker == null || !conversation.shopId().equals(taker.shopId())
                || !conversation.isUnanswered() || conversation.isAssignedTo(username)) {
            throw new AccessDenied();
        }
        String from = conversation.agent().username();
        if (!capacity.move(conversation.shopId(), from, taker)) {
            throw new NoAgentAvailable(conversation.shopId());
        }
        moveSlotBackOnRollback(conversation.shopId(), taker, from);
        conversation.rerouted(taker, now(), CachedJson.createObjectBuilder().add("chosen", username).add("takenOver", true).build().toString());
        rerouted.fire(new ConversationRerouted(conversation, from));
        unansweredChanged.fire(new UnansweredChanged(conversation.shopId()));
        return conversation;
    }

    /** The best ranked agent other than {@code from} who passes {@code eligible} and has room; their slot is taken. */
    private Optional<Handover> nextBest(Conversation conversation, String from, Predicate<Agent> eligible) {
        Decision decision = router.rank(new RoutingRequest(conversation.shopId(), conversation.topic(), conversation.language(),
                conversation.page().text(), null));
        return decision.ranked().stream()
                .filter(agent -> !agent.username().equals(from))
                .filter(eligible)
                .filter(agent -> capacity.move(conversation.shopId(), from, agent))
                .findFirst()
                .map(agent -> {
                    moveSlotBackOnRollback(conversation.shopId(), agent, from);
                    return new Handover(agent, decision.explain(agent.username()));
                });
    }

    private void moveSlotBackOnRollback(String shopId, Agent to, String from) {
        slots.releaseOnRollback(shopId, to.username());
        slots.retakeOnRollback(shopId, from);
    }

    private Instant now() {
        return StoredInstants.now(clock);
    }

    private record Handover(Agent to, String explanation) {
    }
}
