package nl.shopfloor.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.AgentStatus;
import nl.shopfloor.chat.control.ConversationRerouted;
import nl.shopfloor.chat.control.ConversationStarted;
import nl.shopfloor.chat.control.FollowUps;
import nl.shopfloor.chat.control.MessageStored;
import nl.shopfloor.chat.control.UnansweredChanged;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Sender;
import nl.shopfloor.notifications.entity.NotificationKind;

/**
 * Which committed chat events notify whom (N1): a chat assigned to an agent (new, re-routed, transferred or taken over)
 * → new_chat to them; a shopper's message → message to the chat's agent; a chat that waits too long for its first
 * answer → waiting to its agent and take_over to the shop's other online agents, once per chat. Only AFTER_SUCCESS,
 * and the committing thread only queues ({@link PushSender}): the business operation never waits for a push.
 */
@ApplicationScoped
public class AgentNotifications {

    /** Chats already alarmed about: enough to cover every chat that waits at once, forgetting the oldest. */
    static final int REMEMBERED_ALARMS = 10_000;

    @Inject
    PushSender sender;
    @Inject
    FollowUps followUps;
    @Inject
    Agents agents;

    private final Map<String, Boolean> alarmed = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_ALARMS;
        }
    };

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationStarted event) {
        Conversation conversation = event.conversation();
        sender.notify(conversation.agentUsername(), NotificationKind.NEW_CHAT, conversation.id());
    }

    void rerouted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationRerouted event) {
        Conversation conversation = event.conversation();
        sender.notify(conversation.agentUsername(), NotificationKind.NEW_CHAT, conversation.id());
    }

    void messageStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored event) {
        if (event.message().sender() == Sender.SHOPPER) {
            Conversation conversation = event.message().conversation();
            sender.notify(conversation.agentUsername(), NotificationKind.MESSAGE, conversation.id());
        }
    }

    /**
     * The list is read on the sending thread, not the committing one; the alarm goes out when a chat first appears on it.
     */
    void unansweredChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnansweredChanged event) {
        sender.later(() -> {
            for (Conversation waiting : followUps.unansweredOf(event.shopId())) {
                if (firstAlarm(waiting.id())) {
                    sender.notify(waiting.agentUsername(), NotificationKind.WAITING, waiting.id());
                    agents.ofShop(event.shopId()).stream()
                            .filter(agent -> agent.takesChats() && agent.status() == AgentStatus.ONLINE)
                            .map(Agent::username)
                            .filter(username -> !username.equals(waiting.agentUsername()))
                            .forEach(username -> sender.notify(username, NotificationKind.TAKE_OVER, waiting.id()));
                }
            }
        });
    }

    private boolean firstAlarm(String conversationId) {
        synchronized (alarmed) {
            return alarmed.put(conversationId, Boolean.TRUE) == null;
        }
    }
}
