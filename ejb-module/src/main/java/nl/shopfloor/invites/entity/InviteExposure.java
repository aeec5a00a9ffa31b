package nl.shopfloor.invites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One invite offered to a visitor, or one control-group hold-back: the rule matched and would have been shown, and
 * was held back on purpose (invites I8). The widget's steps are kept once each, the first time they are reported.
 */
@Entity
@Table(name = "invite_exposure")
@NamedQuery(name = InviteExposure.findOfVisitorSince, query = "select e from InviteExposure e where e.shopId = :shop"
        + " and e.visitorId = :visitor and e.offeredAt >= :since order by e.offeredAt desc")
public class InviteExposure {

    public static final String findOfVisitorSince = "InviteExposure.findOfVisitorSince";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "rule_id", nullable = false, length = 40)
    private String ruleId;

    /** null for the control group */
    @Column(name = "variant_ref", length = 20)
    private String variantRef;

    @Column(name = "visitor_id", nullable = false, length = 40)
    private String visitorId;

    @Column(name = "session_id", length = 80)
    private String sessionId;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "shown_at")
    private Instant shownAt;

    @Column(name = "clicked_at")
    private Instant clickedAt;

    @Column(name = "dismissed_at")
    private Instant dismissedAt;

    @Column(name = "conversation_id", length = 40)
    private String conversationId;

    protected InviteExposure() {
    }

    public InviteExposure(String id, String shopId, String ruleId, String variantRef, String visitorId, String sessionId, Instant offeredAt) {
        this.id = id;
        this.shopId = shopId;
        this.ruleId = ruleId;
        this.variantRef = variantRef;
        this.visitorId = visitorId;
        this.sessionId = sessionId;
        this.offeredAt = offeredAt;
    }

    /** Keeps the first report of each step; a control-group hold-back was never sent, so it takes none. */
    public boolean record(InviteStep step, Instant at) {
        if (isControlGroup()) {
            return false;
        }
        switch (step) {
            case SHOWN -> {
                if (shownAt != null) {
                    return false;
                }
                shownAt = at;
            }
            case CLICKED -> {
                if (clickedAt != null) {
                    return false;
                }
                clickedAt = at;
            }
            case DISMISSED -> {
                if (dismissedAt != null) {
                    return false;
                }
                dismissedAt = at;
            }
        }
        return true;
    }

    /** The first chat that answers the invite keeps it. */
    public boolean answeredBy(String conversationId) {
        if (isControlGroup() || this.conversationId != null) {
            return false;
        }
        this.conversationId = conversationId;
        return true;
    }

    public boolean isControlGroup() {
        return variantRef == null;
    }

    public PastInvite past() {
        return new PastInvite(ruleId, variantRef, sessionId, offeredAt, dismissedAt);
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String ruleId() {
        return ruleId;
    }

    public String variantRef() {
        return variantRef;
    }

    public String visitorId() {
        return visitorId;
    }

    public String sessionId() {
        return sessionId;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant shownAt() {
        return shownAt;
    }

    public Instant clickedAt() {
        return clickedAt;
    }

    public Instant dismissedAt() {
        return dismissedAt;
    }

    public String conversationId() {
        return conversationId;
    }
}
