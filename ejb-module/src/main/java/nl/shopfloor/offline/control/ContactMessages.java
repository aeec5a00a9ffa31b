package nl.shopfloor.offline.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.offline.entity.CallbackWindow;
import nl.shopfloor.offline.entity.ContactMessage;

/**
 * Stores what shoppers leave when they do not chat — a message or a call-back request — and, in the same
 * transaction, queues the mails about it: when a method returns, the message is stored and its mails are
 * on the queue, or neither.
 */
@Stateless
public class ContactMessages {

    /** How far ahead a shopper may ask to be called. */
    public static final int CALLBACK_DAYS_AHEAD = 14;
    /** A call-back request's note, e.g. what the shopper had typed in the chat. */
    public static final int MAX_NOTE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Agents agents;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ContactLimits limits;

    @Inject
    Event<ContactMessageStored> stored;

    /** {@code agent}: the person the message is for, or null for the shop's team. */
    public record Form(String name, String email, String topic, String text, String agent) {
    }

    /** {@code email}, {@code topic}, {@code note}, {@code agent} and {@code day} may be null. */
    public record CallbackForm(String name, String phone, CallbackWindow window, LocalDate day, String email, String topic,
                               String note, String agent) {
    }

    /**
     * Stores the form once per (visitor, clientId): a resend after a reconnect returns the stored one.
     * {@code clientAddress}: where the shopper's socket came from, for the per-address limit (may be null).
     */
    public ContactMessage store(String shopId, String visitorId, String clientAddress, String clientId, Form form, String language,
                                String pageUrl) {
        Optional<ContactMessage> earlier = earlier(visitorId, clientId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ContactMessage message = new ContactMessage(Ids.random(), shopId, visitorId, clientId, form.name(),
                form.email(), form.topic(), form.text(), language, pageUrl, clock.instant());
        return keep(message, form.agent(), clientAddress);
    }

    /** A call-back request, stored once per (visitor, clientId) like a message. */
    public ContactMessage storeCallback(String shopId, String visitorId, String clientAddress, String clientId, CallbackForm form,
                                        String language, String pageUrl) {
        Optional<ContactMessage> earlier = earlier(visitorId, clientId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Shop shop = em.find(Shop.class, shopId);
        LocalDate today = LocalDate.now(clock.withZone(shop.zone()));
        if (form.day() != null && (form.day().isBefore(today) || form.day().isAfter(today.plusDays(CALLBACK_DAYS_AHEAD)))) {
            throw new OfflineRefused("'day' must be today or up to " + CALLBACK_DAYS_AHEAD + " days ahead");
        }
        String topic = form.topic() != null ? form.topic() : shop.topicKeys().get(0);
        ContactMessage message = new ContactMessage(Ids.random(), shopId, visitorId, clientId, form.name(), form.email(),
                topic, form.note() == null ? "" : form.note(), language, pageUrl, clock.instant());
        message.callBack(form.phone(), form.window(), form.day());
        return keep(message, form.agent(), clientAddress);
    }

    /** An agent called the shopper back; marking twice keeps the first. */
    public ContactMessage markDone(String shopId, String username, String messageId) {
        ContactMessage message = ofShop(shopId, messageId);
        if (!message.isHandled()) {
            message.handled(username, clock.instant());
        }
        return message;
    }

    /** An agent's answer by e-mail, through the outbox like every mail; the message counts as answered. */
    public ContactMessage answer(String shopId, String username, String messageId, String text) {
        ContactMessage message = ofShop(shopId, messageId);
        if (message.email() == null) {
            throw new OfflineRefused("This shopper left no e-mail address");
        }
        if (text == null || text.isBlank() || text.length() > ContactMessage.MAX_TEXT) {
            throw new OfflineRefused("An answer is 1 to " + ContactMessage.MAX_TEXT + " characters");
        }
        outbox.answer(message, em.find(Agent.class, username), text.strip());
        if (!message.isHandled()) {
            message.handled(username, clock.instant());
        }
        return message;
    }

    public List<ContactMessage> latestOf(String shopId, int max) {
        return em.createNamedQuery(ContactMessage.findByShop, ContactMessage.class)
                .setParameter("shop", shopId)
                .setMaxResults(max)
                .getResultList();
    }

    /** What these visitors (one shopper's devices) left, newest first. */
    public List<ContactMessage> latestOfVisitors(List<String> visitorIds, int max) {
        return em.createNamedQuery(ContactMessage.findOfVisitors, ContactMessage.class)
                .setParameter("visitors", visitorIds)
                .setMaxResults(max)
                .getResultList();
    }

    /** Checked last, so that a form refused for another reason counts for no limit. */
    private ContactMessage keep(ContactMessage message, String agentPublicId, String clientAddress) {
        if (agentPublicId != null) {
            Agent agent = agents.byPublicId(message.shopId(), agentPublicId).orElse(null);
            if (agent == null) {
                throw new OfflineRefused("No such colleague");
            }
            message.leaveFor(agent.username());
        }
        limits.admit(message.visitorId(), clientAddress, message.email(), message.phone());
        em.persist(message);
        // The outbox refers to the message by a plain column: JPA cannot order the inserts itself.
        em.flush();
        outbox.mailsFor(message);
        stored.fire(new ContactMessageStored(message));
        return message;
    }

    private ContactMessage ofShop(String shopId, String messageId) {
        ContactMessage message = messageId == null ? null : em.find(ContactMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.shopId().equals(shopId)) {
            throw new OfflineRefused("No such message in this shop");
        }
        return message;
    }

    private Optional<ContactMessage> earlier(String visitorId, String clientId) {
        return em.createNamedQuery(ContactMessage.findByClientId, ContactMessage.class)
                .setParameter("visitor", visitorId)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }
}
