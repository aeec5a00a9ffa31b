package nl.shopfloor.invites.entity;

import java.time.Instant;

/**
 * An invite this visitor was offered, or a control-group hold-back in its place (variant null): the caps treat both
 * alike, so the control group is held back as often as the invited group is invited.
 *
 * @param variantRef  null for a control-group hold-back
 * @param sessionId   null when the widget named no session
 * @param shownAt     when it was offered
 * @param dismissedAt null unless the visitor dismissed it
 */
public record PastInvite(String ruleId, String variantRef, String sessionId, Instant shownAt, Instant dismissedAt) {
}
