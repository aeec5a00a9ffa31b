package nl.shopfloor.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.AgentStatus;
import nl.shopfloor.chat.control.AnswerOverdue;
import nl.shopfloor.chat.control.ConversationRerouted;
import nl.shopfloor.chat.control.ConversationStarted;
import nl.shopfloor.chat.control.MessageStored;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Sender;
import nl.shopfloor.notifications.entity.NotificationKind;

/**
 * Which committed chat events notify whom (N1): a chat assigned to an agent (new, re-routed, transferred or taken over)
 * → new_chat to them; a shopper's message → message to the chat's agent; a chat that waits too long for its first
 * answer ({@link AnswerOverdue}) → waiting to its agent and take_over to the shop's other online agents. Only
 * AFTER_SUCCESS, and the committing thread only queues ({@link PushSender}): the business operation never waits for a
 * push.
 */
@ApplicationScoped
public class AgentNotifications {

    @Inject
    PushSender sender;
    @Inject
    Agents agents;

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
     * The apology puts a chat on the waiting list once, decided under its lock: so its alarm goes out once in a
     * cluster and after a restart too. The colleagues are read on the sending thread, not the committing one.
     */
    void answerOverdue(@Observes(during = TransactionPhase.AFTER_SUCCESS) AnswerOverdue event) {
        sender.notify(event.agentUsername(), NotificationKind.WAITING, event.conversationId());
        sender.later(() -> agents.ofShop(event.shopId()).stream()
                .filter(agent -> agent.takesChats() && agent.status() == AgentStatus.ONLINE)
                .map(Agent::username)
                .filter(username -> !username.equals(event.agentUsername()))
                .forEach(username -> sender.notify(username, NotificationKind.TAKE_OVER, event.conversationId())));
    }
}
