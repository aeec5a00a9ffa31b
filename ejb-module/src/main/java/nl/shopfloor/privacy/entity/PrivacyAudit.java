package nl.shopfloor.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One export or erasure (P3). */
@Entity
@Table(name = "privacy_audit")
public class PrivacyAudit {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(nullable = false, length = 10)
    private String action;

    @Column(name = "subject_kind", nullable = false, length = 10)
    private String subjectKind;

    @Column(name = "subject_hash", nullable = false, length = 64)
    private String subjectHash;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected PrivacyAudit() {
    }

    public PrivacyAudit(String id, String shopId, String action, String subjectKind, String subjectHash, String actor,
                        String summary, Instant doneAt) {
        this.id = id;
        this.shopId = shopId;
        this.action = action;
        this.subjectKind = subjectKind;
        this.subjectHash = subjectHash;
        this.actor = actor;
        this.summary = summary;
        this.doneAt = doneAt;
    }
}
