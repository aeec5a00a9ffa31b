package nl.shopfloor.invites.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Who the shopper is, as far as known.
 *
 * @param conversations       earlier chats of this visitor or customer
 * @param lastConversationAt  null when none
 * @param segment             the shop's customer segment when identified, else null
 * @param lifetimeValue       when identified, else null
 */
public record Shopper(String visitorId, boolean returning, int conversations, Instant lastConversationAt, String segment,
                      BigDecimal lifetimeValue) {
}
