package nl.shopfloor.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The server's one VAPID key pair (RFC 8292), made on first use and kept: every browser's subscription is bound to its
 * public key, so a new pair would silence every subscribed device.
 */
@Entity
@Table(name = "vapid_key")
public class VapidKey {

    public static final String ID = "vapid";

    @Id
    @Column(length = 20)
    private String id;

    /** X.509 SubjectPublicKeyInfo, base64. */
    @Column(name = "public_key", nullable = false, length = 200)
    private String publicKey;

    /** PKCS#8, base64. */
    @Column(name = "private_key", nullable = false, length = 400)
    private String privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VapidKey() {
    }

    public VapidKey(String publicKey, String privateKey, Instant createdAt) {
        this.id = ID;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = createdAt;
    }

    public String publicKey() {
        return publicKey;
    }

    public String privateKey() {
        return privateKey;
    }
}
