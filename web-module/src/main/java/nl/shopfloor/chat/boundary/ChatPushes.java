package nl.shopfloor.chat.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.entity.AgentStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.PresenceChanged;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.CapacityChanged;
import nl.shopfloor.chat.control.Conversations;
import nl.shopfloor.chat.control.FollowUps;
import nl.shopfloor.chat.control.Handovers;
import nl.shopfloor.chat.control.ConversationAbandoned;
import nl.shopfloor.chat.control.ConversationClosed;
import nl.shopfloor.chat.control.ConversationRerouted;
import nl.shopfloor.chat.control.UnansweredChanged;
import nl.shopfloor.chat.control.ConversationStarted;
import nl.shopfloor.chat.control.MessageStored;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.routing.control.Router;

/** Pushes what was committed to the sockets that show it. Only AFTER_SUCCESS: nothing unstored is ever shown. */
@ApplicationScoped
public class ChatPushes {

    @Inject
    ShopperSessions shoppers;
    @Inject
    AgentSessions agents;
    @Inject
    Router router;
    @Inject
    WidgetTexts widgetTexts;
    @Inject
    Conversations conversations;
    @Inject
    FollowUps followUps;
    @Inject
    Handovers handovers;
    @Inject
    Agents agentsOfShop;
    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Presence presence;
    @Inject
    @ConfigProperty(name = "shopfloor.offline-grace-seconds", defaultValue = "10")
    int offlineGraceSeconds;

    void messageStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored event) {
        Conversation conversation = event.message().conversation();
        shoppers.toVisitor(conversation.visitor().id(), ChatJson.forShopper(event.message()));
        if (conversation.agent() != null) {
            agents.toAgent(conversation.agent().username(), ChatJson.forAgent(event.message()));
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
        shoppers.toVisitor(conversation.visitor().id(), CachedJson.createObjectBuilder()
                .add("type", "assigned").add("agent", ChatJson.agent(conversation.agent())).build());
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationClosed event) {
        Conversation conversation = event.conversation();
        String by = event.by().wireName();
        shoppers.toVisitor(conversation.visitor().id(), CachedJson.createObjectBuilder().add("type", "closed").add("by", by).build());
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
        shoppers.toVisitor(conversation.visitor().id(), CachedJson.createObjectBuilder()
                .add("type", "assigned").add("agent", ChatJson.agent(conversation.agent())).build());
    }

    void abandoned(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationAbandoned event) {
        shoppers.toVisitor(event.conversation().visitor().id(), CachedJson.createObjectBuilder()
                .add("type", "abandoned").add("text", event.shopperText()).build());
    }

    /** Every colleague's dashboard shows the chats that wait too long, so anyone can take one over. */
    void unansweredChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnansweredChanged event) {
        executor.execute(() -> {
            JsonObject frame = ChatJson.waiting(followUps.unansweredOf(event.shopId()));
            agentsOfShop.ofShop(event.shopId()).forEach(agent -> agents.toAgent(agent.username(), frame));
        });
    }

    void presenceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PresenceChanged event) {
        agents.toAgent(event.username(), CachedJson.createObjectBuilder()
                .add("type", "presence").add("status", event.effectiveStatus().name().toLowerCase(Locale.ROOT)).build());
        shopChanged(event.shopId());
        if (event.effectiveStatus() == AgentStatus.OFFLINE) {
            scheduler.schedule(() -> rerouteIfStillOffline(event.username()), offlineGraceSeconds, TimeUnit.SECONDS);
        }
    }

    /** A reload closes and reopens the dashboard within a second: only an agent who stays offline loses their chats. */
    private void rerouteIfStillOffline(String username) {
        agentsOfShop.find(username)
                .filter(agent -> presence.effectiveStatus(agent) == AgentStatus.OFFLINE)
                .ifPresent(agent -> handovers.rerouteChatsOf(username));
    }

    void capacityChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CapacityChanged event) {
        shopChanged(event.shopId());
    }

    /**
     * Who can chat changed: hand waiting chats to their chosen person, then tell every widget of the shop
     * what it now shows. Runs outside the finished transaction: afterCompletion is no place for database work.
     */
    private void shopChanged(String shopId) {
        executor.execute(() -> {
            conversations.offerWaiting(shopId);
            List<Agent> team = agentsOfShop.ofShop(shopId);
            shoppers.availability(shopId, router.availability(shopId, team));
            JsonObject colleagues = TeamJson.colleagues(team, router::isAvailable);
            team.forEach(agent -> agents.toAgent(agent.username(), colleagues));
            if (shoppers.hasTeamWatchers(shopId)) {
                shoppers.team(shopId, TeamJson.team(team, router::isAvailable));
            }
            Map<String, List<Session>> buttons = shoppers.ownAgentButtons(shopId);
            team.stream().filter(agent -> buttons.containsKey(agent.username())).forEach(agent -> {
                JsonObject frame = CachedJson.createObjectBuilder().add("type", "ownAgent")
                        .add("agent", TeamJson.member(agent, router.isAvailable(agent))).build();
                buttons.get(agent.username()).stream()
                        .filter(session -> !frame.equals(session.getUserProperties().put(ShopperSessions.OWN_AGENT_SHOWN, frame)))
                        .forEach(session -> Sockets.send(session, frame));
            });
        });
    }
}
