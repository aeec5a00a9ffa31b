package nl.shopfloor.chat.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import nl.shopfloor.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import jakarta.json.JsonObject;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.PresenceChanged;
import nl.shopfloor.chat.control.FollowUps;
import nl.shopfloor.chat.control.ConversationAbandoned;
import nl.shopfloor.chat.control.ConversationClosed;
import nl.shopfloor.chat.control.ConversationRerouted;
import nl.shopfloor.chat.control.UnansweredChanged;
import nl.shopfloor.chat.control.ConversationStarted;
import nl.shopfloor.chat.control.MessageStored;
import nl.shopfloor.chat.control.ShopperContextChanged;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.chat.entity.Conversation;

/**
 * Pushes what was committed to the sockets that show it. Only AFTER_SUCCESS: nothing unstored is ever shown.
 * Every send is queued ({@link Outgoing}): the committing thread never waits for a socket.
 */
@ApplicationScoped
public class ChatPushes {

    @Inject
    ShopperSessions shoppers;
    @Inject
    AgentSessions agents;
    @Inject
    WidgetTexts widgetTexts;
    @Inject
    FollowUps followUps;
    @Inject
    Agents agentsOfShop;
    @Resource
    ManagedExecutorService executor;

    private static final Logger LOG = Logger.getLogger(ChatPushes.class.getName());
    private final Set<String> waitingListDue = ConcurrentHashMap.newKeySet();

    void messageStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored event) {
        Conversation conversation = event.message().conversation();
        shoppers.toVisitor(conversation.visitorId(), ChatJson.forShopper(event.message()));
        if (conversation.agentUsername() != null) {
            agents.toAgent(conversation.agentUsername(), ChatJson.forAgent(event.message()));
        }
    }

    void shopperContextChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShopperContextChanged event) {
        if (event.agentUsername() != null) {
            agents.toAgent(event.agentUsername(), ShopperContextJson.changed(event.context()));
        }
    }

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationStarted event) {
        Conversation conversation = event.conversation();
        if (conversation.agent() == null) {
            return; // waits for the person the shopper chose; pushed when they get it
        }
        agents.toAgent(conversation.agent().username(), CachedJson.createObjectBuilder()
                .add("type", "assigned")
                .add("chat", ChatJson.agentSummary(conversation, event.messages().stream().reduce((a, b) -> b),
                        widgetTexts.of(conversation.language())))
                .build());
        shoppers.toVisitor(conversation.visitorId(), CachedJson.createObjectBuilder()
                .add("type", "assigned").add("agent", ChatJson.agent(conversation.agent())).build());
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationClosed event) {
        Conversation conversation = event.conversation();
        String by = event.by().wireName();
        shoppers.toVisitor(conversation.visitorId(), CachedJson.createObjectBuilder().add("type", "closed").add("by", by).build());
        if (conversation.agent() != null) {
            agents.toAgent(conversation.agent().username(), CachedJson.createObjectBuilder()
                    .add("type", "closed").add("conversation", conversation.id()).add("by", by).build());
        }
    }

    void rerouted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationRerouted event) {
        Conversation conversation = event.conversation();
        agents.toAgent(event.fromAgent(), CachedJson.createObjectBuilder()
                .add("type", "unassigned").add("conversation", conversation.id()).build());
        agents.toAgent(conversation.agent().username(), CachedJson.createObjectBuilder()
                .add("type", "assigned")
                .add("chat", ChatJson.agentSummary(conversation, java.util.Optional.empty(), widgetTexts.of(conversation.language())))
                .build());
        shoppers.toVisitor(conversation.visitorId(), CachedJson.createObjectBuilder()
                .add("type", "assigned").add("agent", ChatJson.agent(conversation.agent())).build());
    }

    void abandoned(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationAbandoned event) {
        shoppers.toVisitor(event.conversation().visitorId(), CachedJson.createObjectBuilder()
                .add("type", "abandoned").add("text", event.shopperText()).build());
    }

    /**
     * Every colleague's dashboard shows the chats that wait too long, so anyone can take one over. The list is
     * read after the commit on the managed executor, once per shop however many changes come in meanwhile.
     */
    void unansweredChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnansweredChanged event) {
        String shopId = event.shopId();
        if (!waitingListDue.add(shopId)) {
            return;
        }
        try {
            executor.execute(() -> {
                waitingListDue.remove(shopId);
                JsonObject frame = ChatJson.waiting(followUps.unansweredOf(shopId));
                agents.toAgents(agentsOfShop.ofShop(shopId).stream().map(agent -> agent.username()).toList(), frame.toString());
            });
        } catch (RejectedExecutionException e) {
            waitingListDue.remove(shopId);
            LOG.warning("Waiting list of shop " + shopId + " not pushed: the executor is full; the next change pushes it");
        }
    }

    void presenceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PresenceChanged event) {
        agents.toAgent(event.username(), CachedJson.createObjectBuilder()
                .add("type", "presence").add("status", event.effectiveStatus().name().toLowerCase(Locale.ROOT)).build());
    }
}
