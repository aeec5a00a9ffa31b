package nl.shopfloor.commerce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A shop's key to {@code /api/v1}. The secret itself is never stored: only its SHA-256 (commerce M1). */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.findByShop, query = "select k from ApiKey k where k.shopId = :shop order by k.createdAt desc")
public class ApiKey {

    public static final String findByShop = "ApiKey.findByShop";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private KeyScope scope;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(String id, String shopId, String name, KeyScope scope, String secretHash, String createdBy, Instant now) {
        this.id = id;
        this.shopId = shopId;
        this.name = name;
        this.scope = scope;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String name() {
        return name;
    }

    public KeyScope scope() {
        return scope;
    }

    public String secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
