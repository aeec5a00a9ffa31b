package nl.shopfloor.commerce.control;

import java.math.BigDecimal;
import java.util.List;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.PastConversation;
import nl.shopfloor.chat.entity.ShopperContext;
import nl.shopfloor.commerce.entity.CustomerData;
import nl.shopfloor.commerce.entity.LifecycleStage;
import nl.shopfloor.commerce.entity.OrderData;
import nl.shopfloor.offline.entity.ContactMessage;

/**
 * Who the agent is talking to in {@code conversation}: the shop's customer ({@code null} for a shopper who is not
 * logged in, then only what the chat says is known), their orders and earlier contacts.
 *
 * @param lifetimeValue the shop's figure, else the sum of the orders that count as revenue (excl. VAT); null if neither
 * @param currency the newest order's, null without orders
 * @param now where the shopper is and what their cart holds (chat C20); null for a chat from before it was kept
 */
public record CustomerPanel(Conversation conversation, CustomerData customer, String visitorName, String visitorEmail,
                            BigDecimal lifetimeValue, boolean lifetimeValueByShop, String currency, LifecycleStage stage,
                            boolean relationalBuyer, List<OrderData> orders, List<PastConversation> earlierConversations,
                            List<ContactMessage> contactMessages, ShopperContext now) {
}
