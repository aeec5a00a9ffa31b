package nl.shopfloor.privacy.control;

import java.util.List;
import java.util.Map;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.ShopperContext;
import nl.shopfloor.chat.entity.Survey;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.commerce.entity.Customer;
import nl.shopfloor.commerce.entity.ShopOrder;
import nl.shopfloor.invites.entity.InviteExposure;
import nl.shopfloor.offline.entity.ContactMessage;

/** Everything found about one shopper (P1), for an export. */
public record ShopperData(List<Visitor> visitors, List<Conversation> conversations, Map<String, List<ChatMessage>> messages,
                          List<Survey> surveys, List<ContactMessage> contactMessages, List<Customer> customers,
                          List<ShopOrder> orders, Map<String, ShopperContext> shopperContexts,
                          List<InviteExposure> invites) {
}
