package nl.shopfloor.chat.control;

/**
 * A chat started from an invite (invites I13): the exposure the widget showed, unchecked until {@link Conversations}
 * finds it is this visitor's, and the agent whose name and photo it showed (null for a team invite), whom routing
 * then prefers while they have room.
 */
public record InviteAnswer(String exposureId, String shownAgent) {
}
