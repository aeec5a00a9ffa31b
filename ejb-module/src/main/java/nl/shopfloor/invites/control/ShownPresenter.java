package nl.shopfloor.invites.control;

import nl.shopfloor.invites.entity.Presenter;

/**
 * Whose name and photo an invite shows (invites I13). {@code username} is the agent who then gets the chat, null for a
 * team; {@code publicId} is what the widget may use to leave that agent a message; {@code photo} may be null.
 */
public record ShownPresenter(Presenter kind, String username, String publicId, String name, String photo) {
}
