package nl.shopfloor.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One export or erasure (P3), or one retention run of a shop (P4, without a subject). */
@Entity
@Table(name = "privacy_audit")
@NamedQuery(name = PrivacyAudit.findOfShop, query = "select a from PrivacyAudit a where a.shopId = :shop order by a.doneAt desc, a.id")
@NamedQuery(name = PrivacyAudit.countOfShop, query = "select count(a) from PrivacyAudit a where a.shopId = :shop")
public class PrivacyAudit {

    public static final String findOfShop = "PrivacyAudit.findOfShop";
    public static final String countOfShop = "PrivacyAudit.countOfShop";
    public static final String RETENTION = "RETENTION";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(nullable = false, length = 10)
    private String action;

    @Column(name = "subject_kind", length = 10)
    private String subjectKind;

    @Column(name = "subject_hash", length = 64)
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

    public static PrivacyAudit retention(String id, String shopId, String actor, String summary, Instant doneAt) {
        return new PrivacyAudit(id, shopId, RETENTION, null, null, actor, summary, doneAt);
    }

    public String action() {
        return action;
    }

    /** EMAIL, CUSTOMER or VISITOR; null for a retention run. */
    public String subjectKind() {
        return subjectKind;
    }

    public String actor() {
        return actor;
    }

    public String summary() {
        return summary;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
