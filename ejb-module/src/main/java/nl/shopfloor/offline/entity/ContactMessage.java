package nl.shopfloor.offline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A message left through the contact form while chat was not possible. E-mail delivery is a later step. */
@Entity
@Table(name = "contact_message")
@NamedQuery(name = ContactMessage.findByClientId,
        query = "select m from ContactMessage m where m.visitorId = :visitor and m.clientId = :clientId")
@NamedQuery(name = ContactMessage.findByShop,
        query = "select m from ContactMessage m where m.shopId = :shop order by m.createdAt desc")
@NamedQuery(name = ContactMessage.findOfVisitors,
        query = "select m from ContactMessage m where m.visitorId in :visitors order by m.createdAt desc")
public class ContactMessage {

    public static final String findOfVisitors = "ContactMessage.findOfVisitors";

    public static final String findByClientId = "ContactMessage.findByClientId";
    public static final String findByShop = "ContactMessage.findByShop";
    public static final int MAX_TEXT = 4000;

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "visitor_id", length = 40)
    private String visitorId;

    @Column(name = "client_id", length = 64)
    private String clientId;

    @Column(nullable = false, length = 80)
    private String name;

    /** Required for messages; a call-back request may come without one. */
    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "page_url", length = 2000)
    private String pageUrl;

    /** The person the message was left for, if the shopper chose one. */
    @Column(name = "agent_username", length = 40)
    private String agent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContactKind kind = ContactKind.MESSAGE;

    @Column(length = 32)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "callback_window", length = 10)
    private CallbackWindow callbackWindow;

    /** The day the shopper asked to be called; null: the first possible. */
    @Column(name = "callback_day")
    private LocalDate callbackDay;

    /** When an agent answered the message by e-mail or marked the call-back done. */
    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 40)
    private String handledBy;

    protected ContactMessage() {
    }

    public ContactMessage(String id, String shopId, String visitorId, String clientId, String name, String email,
                          String topic, String text, String language, String pageUrl, Instant now) {
        this.id = id;
        this.shopId = shopId;
        this.visitorId = visitorId;
        this.clientId = clientId;
        this.name = name;
        this.email = email;
        this.topic = topic;
        this.text = text;
        this.language = language;
        this.pageUrl = pageUrl;
        this.createdAt = now;
    }

    public void callBack(String phone, CallbackWindow window, LocalDate day) {
        this.kind = ContactKind.CALLBACK;
        this.phone = phone;
        this.callbackWindow = window;
        this.callbackDay = day;
    }

    public void handled(String username, Instant at) {
        this.handledBy = username;
        this.handledAt = at;
    }

    public boolean isHandled() {
        return handledAt != null;
    }

    public ContactKind kind() {
        return kind;
    }

    public boolean isCallback() {
        return kind == ContactKind.CALLBACK;
    }

    public String visitorId() {
        return visitorId;
    }

    public String phone() {
        return phone;
    }

    public CallbackWindow callbackWindow() {
        return callbackWindow;
    }

    public LocalDate callbackDay() {
        return callbackDay;
    }

    public Instant handledAt() {
        return handledAt;
    }

    public String handledBy() {
        return handledBy;
    }

    public void leaveFor(String agentUsername) {
        this.agent = agentUsername;
    }

    public String agent() {
        return agent;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String topic() {
        return topic;
    }

    public String text() {
        return text;
    }

    public String shopId() {
        return shopId;
    }

    public String language() {
        return language;
    }

    public String pageUrl() {
        return pageUrl;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
