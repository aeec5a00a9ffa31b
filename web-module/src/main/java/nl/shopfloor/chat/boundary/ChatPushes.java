package nl.shopfloor.chat.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.Locale;
import nl.shopfloor.agents.control.PresenceChanged;
import nl.shopfloor.chat.control.ConversationClosed;
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
    @Resource
    ManagedExecutorService executor;

    void messageStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored event) {
        Conversation conversation = event.message().conversation();
        shoppers.toVisitor(conversation.visitor().id(), ChatJson.forShopper(event.message()));
        if (conversation.agent() != null) {
            agents.toAgent(conversation.agent().username(), ChatJson.forAgent(event.message()));
        }
    }

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationStarted event) {
        Conversation conversation = event.conversation();
        agents.toAgent(conversation.agent().username(), Json.createObjectBuilder()
                .add("type", "assigned")
                .add("chat", ChatJson.agentSummary(conversation, event.messages().stream().reduce((a, b) -> b),
                        widgetTexts.of(conversation.language())))
                .build());
        shoppers.toVisitor(conversation.visitor().id(), Json.createObjectBuilder()
                .add("type", "assigned").add("agent", ChatJson.agent(conversation.agent())).build());
        refreshAvailability(conversation.shopId());
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationClosed event) {
        Conversation conversation = event.conversation();
        String by = event.by().wireName();
        shoppers.toVisitor(conversation.visitor().id(), Json.createObjectBuilder().add("type", "closed").add("by", by).build());
        if (conversation.agent() != null) {
            agents.toAgent(conversation.agent().username(), Json.createObjectBuilder()
                    .add("type", "closed").add("conversation", conversation.id()).add("by", by).build());
        }
        refreshAvailability(conversation.shopId());
    }

    void presenceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PresenceChanged event) {
        agents.toAgent(event.username(), Json.createObjectBuilder()
                .add("type", "presence").add("status", event.effectiveStatus().name().toLowerCase(Locale.ROOT)).build());
        refreshAvailability(event.shopId());
    }

    /** Runs outside the finished transaction: afterCompletion is no place for new database work. */
    private void refreshAvailability(String shopId) {
        executor.execute(() -> shoppers.availability(shopId, router.canChat(shopId)));
    }
}
