package nl.shopfloor.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event on its way to one subscription, written in the transaction of the event (W4) and kept as the delivery
 * log for 30 days. Its id is the JMS message's body and the {@code Shopfloor-Delivery} header: the same on every
 * attempt, so a receiver can recognise a repeat.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.findByShop, query = "select d from WebhookDelivery d where d.shopId = :shop order by d.createdAt desc, d.id")
@NamedQuery(name = WebhookDelivery.findByShopAndStatus,
        query = "select d from WebhookDelivery d where d.shopId = :shop and d.status = :status order by d.createdAt desc, d.id")
@NamedQuery(name = WebhookDelivery.countByShop, query = "select count(d) from WebhookDelivery d where d.shopId = :shop")
@NamedQuery(name = WebhookDelivery.countByShopAndStatus,
        query = "select count(d) from WebhookDelivery d where d.shopId = :shop and d.status = :status")
@NamedQuery(name = WebhookDelivery.findOverdueIds,
        query = "select d.id from WebhookDelivery d where d.status = nl.shopfloor.webhooks.entity.DeliveryStatus.QUEUED"
                + " and d.nextAttemptAt < :before order by d.nextAttemptAt")
@NamedQuery(name = WebhookDelivery.findIdsCreatedBefore, query = "select d.id from WebhookDelivery d where d.createdAt < :before")
public class WebhookDelivery {

    public static final String findByShop = "WebhookDelivery.findByShop";
    public static final String findByShopAndStatus = "WebhookDelivery.findByShopAndStatus";
    public static final String countByShop = "WebhookDelivery.countByShop";
    public static final String countByShopAndStatus = "WebhookDelivery.countByShopAndStatus";
    public static final String findOverdueIds = "WebhookDelivery.findOverdueIds";
    public static final String findIdsCreatedBefore = "WebhookDelivery.findIdsCreatedBefore";
    private static final int MAX_ERROR = 1000;

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "subscription_id", nullable = false, length = 40)
    private String subscriptionId;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private EventType eventType;

    @Lob
    @Column(nullable = false)
    private String payload;

    @Column(name = "conversation_id", length = 40)
    private String conversationId;

    @Column(name = "visitor_id", length = 40)
    private String visitorId;

    @Column(name = "contact_message_id", length = 40)
    private String contactMessageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(String id, String subscriptionId, String shopId, EventType eventType, String payload, Subject subject,
                           Instant now) {
        this.id = id;
        this.subscriptionId = subscriptionId;
        this.shopId = shopId;
        this.eventType = eventType;
        this.payload = payload;
        this.conversationId = subject.conversationId();
        this.visitorId = subject.visitorId();
        this.contactMessageId = subject.contactMessageId();
        this.status = DeliveryStatus.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Whose text a payload holds, so that erasing a shopper finds their deliveries (privacy P2); all may be null. */
    public record Subject(String conversationId, String visitorId, String contactMessageId) {

        public static final Subject NOBODY = new Subject(null, null, null);
    }

    /** Whether an attempt should go ahead now; false once it is delivered, parked, or not due yet (a duplicate message). */
    public boolean isDue(Instant now) {
        return status == DeliveryStatus.QUEUED && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    public void delivered(int statusCode, Instant now) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /** {@code nextAttempt}: null after the last attempt, which parks the delivery. */
    public void failed(Integer statusCode, String error, Instant nextAttempt) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
        nextAttemptAt = nextAttempt;
        status = nextAttempt == null ? DeliveryStatus.PARKED : DeliveryStatus.QUEUED;
    }

    public void skipped(String reason) {
        status = DeliveryStatus.SKIPPED;
        lastError = reason;
        nextAttemptAt = null;
    }

    /** Someone asked to try again: a fresh series of attempts, from now. */
    public void requeue(Instant now) {
        if (status == DeliveryStatus.DELIVERED) {
            throw new IllegalStateException("Delivered already");
        }
        status = DeliveryStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String id() {
        return id;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String shopId() {
        return shopId;
    }

    public EventType eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public String conversationId() {
        return conversationId;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
