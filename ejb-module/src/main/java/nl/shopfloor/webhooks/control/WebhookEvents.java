package nl.shopfloor.webhooks.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.chat.control.ConversationClosed;
import nl.shopfloor.chat.control.ConversationStarted;
import nl.shopfloor.chat.control.MessageStored;
import nl.shopfloor.chat.control.SurveyAnswered;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Sender;
import nl.shopfloor.offline.control.ContactMessageStored;
import nl.shopfloor.offline.entity.ContactMessage;
import nl.shopfloor.webhooks.entity.EventType;
import nl.shopfloor.webhooks.entity.WebhookDelivery.Subject;

/**
 * Turns what the chat and offline components fire into deliveries, in their transactions (W4); each of those events
 * has one place it is fired. Messages from Shopfloor itself (the apology) are no message.created: the shop's own
 * words. A failure here is logged and never fails the chat: the event is then not delivered.
 */
@ApplicationScoped
public class WebhookEvents {

    private static final Logger LOG = Logger.getLogger(WebhookEvents.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookQueue queue;

    @Inject
    Agents agents;

    void started(@Observes ConversationStarted event) {
        if (!event.opened()) {
            return;
        }
        Conversation conversation = event.conversation();
        safely("conversation.started", () -> {
            outbox.record(conversation.shopId(), EventType.CONVERSATION_STARTED, of(conversation), () -> Payloads.conversation(conversation));
            event.messages().forEach(this::recordMessage);
        });
    }

    void stored(@Observes MessageStored event) {
        safely("message.created", () -> recordMessage(event.message()));
    }

    void closed(@Observes ConversationClosed event) {
        Conversation conversation = event.conversation();
        safely("conversation.closed", () -> outbox.record(conversation.shopId(), EventType.CONVERSATION_CLOSED, of(conversation),
                () -> Payloads.closed(conversation, event.by().name().toLowerCase(java.util.Locale.ROOT))));
    }

    void answered(@Observes SurveyAnswered event) {
        Conversation conversation = event.conversation();
        safely("survey.answered", () -> outbox.record(conversation.shopId(), EventType.SURVEY_ANSWERED, of(conversation),
                () -> Payloads.survey(conversation, event.survey())));
    }

    void contact(@Observes ContactMessageStored event) {
        ContactMessage message = event.message();
        EventType type = message.isCallback() ? EventType.CALLBACK_REQUESTED : EventType.CONTACT_MESSAGE_CREATED;
        safely(type.wireName(), () -> outbox.record(message.shopId(), type, new Subject(null, message.visitorId(), message.id()),
                () -> Payloads.contactMessage(message, message.agent() == null ? null
                        : agents.find(message.agent()).map(Agent::publicId).orElse(null))));
    }

    /**
     * After the commit, on a managed thread: the committed transaction is still the calling thread's, and Payara can
     * neither enlist a JMS session in it nor suspend it for a new one. A message lost here (the executor full, the broker
     * away) is put on the queue by {@link DeliveryWatch} a minute later.
     */
    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesRecorded event) {
        try {
            executor.execute(() -> {
                for (String id : event.deliveryIds()) {
                    try {
                        queue.enqueue(id, Duration.ZERO);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Webhook delivery " + id + " not queued now, the watch queues it later: " + e.getMessage());
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook deliveries " + event.deliveryIds() + " not queued now, the watch queues them later: " + e);
        }
    }

    private void recordMessage(ChatMessage message) {
        if (message.sender() != Sender.SYSTEM) {
            Conversation conversation = message.conversation();
            outbox.record(conversation.shopId(), EventType.MESSAGE_CREATED, of(conversation), () -> Payloads.message(message));
        }
    }

    private static Subject of(Conversation conversation) {
        return new Subject(conversation.id(), conversation.visitorId(), null);
    }

    private static void safely(String what, Runnable recording) {
        try {
            recording.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook event " + what + " not recorded", e);
        }
    }
}
