package nl.shopfloor.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One browser's Web Push subscription (RFC 8030) for an agent: where the push service takes messages for it and the
 * keys its messages are encrypted with (RFC 8291). Checked before it is stored ({@code SubscriptionRules}).
 */
@Entity
@Table(name = "push_subscription")
@NamedQuery(name = PushSubscription.findByAgent,
        query = "select s from PushSubscription s where s.agentUsername = :agent order by s.createdAt desc, s.id")
@NamedQuery(name = PushSubscription.findByEndpointHash, query = "select s from PushSubscription s where s.endpointHash = :hash")
@NamedQuery(name = PushSubscription.findByAgentAndDevice,
        query = "select s from PushSubscription s where s.agentUsername = :agent and s.deviceHash = :device")
public class PushSubscription {

    public static final String findByAgent = "PushSubscription.findByAgent";
    public static final String findByEndpointHash = "PushSubscription.findByEndpointHash";
    public static final String findByAgentAndDevice = "PushSubscription.findByAgentAndDevice";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "agent_username", nullable = false, length = 40)
    private String agentUsername;

    @Column(nullable = false, length = SubscriptionLimits.MAX_ENDPOINT)
    private String endpoint;

    /** SHA-256 of the endpoint, hex: the unique key (an index on the whole URL would be too long for MariaDB). */
    @Column(name = "endpoint_hash", nullable = false, length = 64)
    private String endpointHash;

    @Column(nullable = false, length = 100)
    private String p256dh;

    @Column(nullable = false, length = 40)
    private String auth;

    /** The browser's language when it subscribed: the texts' language while the agent follows their browser. */
    @Column(length = 2)
    private String language;

    /** SHA-256 of the device cookie of the browser it was made in, hex: logging out there ends it. */
    @Column(name = "device_hash", length = 64)
    private String deviceHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PushSubscription() {
    }

    public PushSubscription(String id, String agentUsername, String endpoint, String endpointHash, String p256dh, String auth,
                            String language, String deviceHash, Instant createdAt) {
        this.id = id;
        this.agentUsername = agentUsername;
        this.endpoint = endpoint;
        this.endpointHash = endpointHash;
        this.p256dh = p256dh;
        this.auth = auth;
        this.language = language;
        this.deviceHash = deviceHash;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String agentUsername() {
        return agentUsername;
    }

    public String endpoint() {
        return endpoint;
    }

    public String p256dh() {
        return p256dh;
    }

    public String auth() {
        return auth;
    }

    public String language() {
        return language;
    }
}
