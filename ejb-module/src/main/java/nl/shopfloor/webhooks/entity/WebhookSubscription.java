package nl.shopfloor.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a shop wants to hear about which events (webhooks W1). Its address is verified before it gets any event
 * (W2): a new or changed address holds a fresh challenge until the receiver echoes it.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = WebhookSubscription.findByShop,
        query = "select s from WebhookSubscription s where s.shopId = :shop order by s.createdAt desc")
@NamedQuery(name = WebhookSubscription.findByRef, query = "select s from WebhookSubscription s where s.shopId = :shop and s.ref = :ref")
@NamedQuery(name = WebhookSubscription.findReceiving,
        query = "select s from WebhookSubscription s where s.shopId = :shop and s.enabled = true and s.verifiedAt is not null")
public class WebhookSubscription {

    public static final String findByShop = "WebhookSubscription.findByShop";
    public static final String findByRef = "WebhookSubscription.findByRef";
    public static final String findReceiving = "WebhookSubscription.findReceiving";
    public static final int MAX_URL = 2000;

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(nullable = false, length = 64)
    private String ref;

    @Column(nullable = false, length = MAX_URL)
    private String url;

    @Column(name = "event_types", nullable = false, length = 300)
    private String eventTypes;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 64)
    private String challenge;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    protected WebhookSubscription() {
    }

    /** {@code ref}: the shop's own id, or null for one named by its {@code id}. */
    public WebhookSubscription(String id, String shopId, String ref, String url, Set<EventType> types, boolean enabled, String secret,
                               String challenge, String createdBy, Instant now) {
        this.id = id;
        this.shopId = shopId;
        this.ref = ref == null ? id : ref;
        this.url = url;
        this.eventTypes = namesOf(types);
        this.secret = secret;
        this.challenge = challenge;
        this.enabled = enabled;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Gets events of this type now: enabled, verified, and subscribed to it. */
    public boolean receives(EventType type) {
        return enabled && isVerified() && types().contains(type);
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    /** A new address is unverified until its receiver echoes the new challenge. */
    public void change(String newUrl, Set<EventType> types, boolean enable, String newChallenge) {
        if (!newUrl.equals(url)) {
            url = newUrl;
            verifiedAt = null;
            challenge = newChallenge;
        }
        eventTypes = namesOf(types);
        enabled = enable;
    }

    /** Whether {@code answer} echoes the pending challenge; if so the address counts as verified from now. */
    public boolean verify(String pendingChallenge, String answer, Instant now) {
        if (challenge == null || !challenge.equals(pendingChallenge) || answer == null || !answer.contains(pendingChallenge)) {
            return false;
        }
        verifiedAt = now;
        challenge = null;
        return true;
    }

    /** Asks for verification again (e.g. after the receiver was fixed): a fresh challenge, verified as it was. */
    public String challengeAgain(String newChallenge) {
        if (!isVerified()) {
            challenge = newChallenge;
        }
        return challenge;
    }

    public void rotate(String newSecret) {
        secret = newSecret;
    }

    public Set<EventType> types() {
        EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(eventTypes.split(",")).map(EventType::ofWireName).flatMap(java.util.Optional::stream).forEach(types::add);
        return types;
    }

    private static String namesOf(Set<EventType> types) {
        return types.stream().sorted().map(EventType::wireName).collect(Collectors.joining(","));
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String ref() {
        return ref;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String challenge() {
        return challenge;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
