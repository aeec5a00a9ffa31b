package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Sender;
import nl.shopfloor.chat.entity.Overdue;
import nl.shopfloor.commerce.entity.ResponseTimes;
import nl.shopfloor.commerce.entity.Shop;

/** Chats nobody answered yet, and the steps the shop's response times prescribe for them. */
@Stateless
public class FollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    Handovers handovers;

    @Inject
    WidgetTexts texts;

    @Inject
    Clock clock;

    @Inject
    Event<UnansweredChanged> unansweredChanged;

    @Inject
    Event<ConversationAbandoned> abandoned;

    @Inject
    Event<AnswerOverdue> answerOverdue;

    /**
     * Open chats nobody answered yet for which a step is due now, of every shop; the watcher asks once a second.
     * Read without locks: locking every unanswered chat every second (each in a transaction of its own) cost a
     * burst of a thousand new chats a thousand transactions a second and held their rows while agents answered.
     * {@link #followUp} decides again under the lock.
     */
    public List<String> dueIds() {
        Instant now = StoredInstants.now(clock);
        Map<String, ResponseTimes> times = new HashMap<>();
        return em.createQuery("select c from Conversation c where c.firstResponseAt is null"
                        + " and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN", Conversation.class)
                .getResultStream()
                .filter(c -> c.overdue(times.computeIfAbsent(c.shopId(), shop -> em.find(Shop.class, shop).responseTimes()), now)
                        != Overdue.NOTHING)
                .map(Conversation::id)
                .toList();
    }

    /** Chats waiting too long for a first answer (after the apology), for every colleague's dashboard. */
    public List<Conversation> unansweredOf(String shopId) {
        return em.createNamedQuery(Conversation.findUnansweredInShop, Conversation.class)
                .setParameter("shop", shopId)
                .getResultStream()
                .filter(Conversation::isUnanswered)
                .toList();
    }

    /** Takes the next step for a chat nobody answered: apologise, re-route, or give the shopper the contact form. */
    public void followUp(String conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            return;
        }
        Instant now = StoredInstants.now(clock);
        switch (conversation.overdue(em.find(Shop.class, conversation.shopId()).responseTimes(), now)) {
            case APOLOGIZE -> {
                // Posting re-reads the conversation under its lock: mark it after, or the mark is lost.
                conversations.postFromSystem(conversation, texts.text(conversation.language(), "chat.apology"));
                conversation.apologized(now);
                unansweredChanged.fire(new UnansweredChanged(conversation.shopId()));
                answerOverdue.fire(new AnswerOverdue(conversation.shopId(), conversation.id(), conversation.agentUsername()));
            }
            case REROUTE -> handovers.rerouteUnanswered(conversation, now);
            case OFFER_CONTACT_FORM -> {
                String written = conversations.messagesAfter(conversation.id(), 0).stream()
                        .filter(message -> message.sender() == Sender.SHOPPER)
                        .map(ChatMessage::text)
                        .collect(Collectors.joining("\n\n"));
                conversations.closeBySystem(conversation);
                abandoned.fire(new ConversationAbandoned(conversation, written));
                unansweredChanged.fire(new UnansweredChanged(conversation.shopId()));
            }
            case NOTHING -> { }
        }
    }
}
