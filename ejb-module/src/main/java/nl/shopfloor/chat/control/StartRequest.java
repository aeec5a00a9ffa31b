package nl.shopfloor.chat.control;

import nl.shopfloor.chat.entity.ChatOrigin;
import nl.shopfloor.chat.entity.Page;
import nl.shopfloor.chat.entity.PreChat;

/**
 * A shopper's request to chat. {@code agent}: the person they chose (team page, personal button), or null;
 * {@code waitForAgent}: keep the chat for that person when they have no room now; {@code origin}: where the shopper
 * started it (the contact button, the team page, the personal button), stored for the KPIs; {@code invite}: the invite
 * the shopper answered, or null.
 */
public record StartRequest(PreChat preChat, String language, Page page, String firstText, String clientId,
                           String agent, boolean waitForAgent, ChatOrigin origin, InviteAnswer invite) {
}
