package nl.shopfloor.invites.control;

import nl.shopfloor.invites.entity.InviteHistory;

/**
 * One activity considered (invites I8): the decision, the exposure stored for it (null unless an invite or a
 * control-group hold-back) and the visitor's history including that exposure, for the next activity of the socket.
 */
public record Considered(InviteDecision decision, String exposureId, InviteHistory history) {
}
