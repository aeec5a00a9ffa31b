package nl.shopfloor.invites.entity;

import java.time.Instant;

/**
 * An invite this visitor was shown (a control-group hold-back is not one).
 *
 * @param dismissedAt null unless the visitor dismissed it
 */
public record PastInvite(String ruleId, String variantRef, String sessionId, Instant shownAt, Instant dismissedAt) {
}
