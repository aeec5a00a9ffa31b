package nl.shopfloor.commerce.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.shopfloor.chat.control.Conversations;
import nl.shopfloor.chat.control.ShopperContexts;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.PastConversation;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.commerce.entity.Customer;
import nl.shopfloor.commerce.entity.CustomerData;
import nl.shopfloor.commerce.entity.LifecycleStage;
import nl.shopfloor.commerce.entity.OrderData;
import nl.shopfloor.commerce.entity.OrderStatus;
import nl.shopfloor.commerce.entity.OrderTotals;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.commerce.entity.ShopOrder;
import nl.shopfloor.offline.control.ContactMessages;
import nl.shopfloor.offline.entity.ContactMessage;

/**
 * The customer panel beside a chat (commerce M4), from our own database only: a fixed number of indexed queries
 * whatever the shopper's history (the order lines come with their orders, not per order).
 */
@Stateless
public class CustomerPanels {

    static final int MAX_ORDERS = 20;
    static final int MAX_CONVERSATIONS = 10;
    static final int MAX_CONTACT_MESSAGES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    ContactMessages contactMessages;

    @Inject
    ShopperContexts shopperContexts;

    @Inject
    AverageOrderValues averageOrderValues;

    @Inject
    Clock clock;

    /** Throws {@code AccessDenied} unless the conversation is assigned to {@code username}, as for an unknown id. */
    public CustomerPanel of(String username, String conversationId) {
        Conversation conversation = conversations.assignedTo(username, conversationId);
        Visitor visitor = em.find(Visitor.class, conversation.visitorId());
        Customer customer = visitor.customerRef() == null ? null : em.createNamedQuery(Customer.findByRef, Customer.class)
                .setParameter("shop", conversation.shopId()).setParameter("ref", visitor.customerRef())
                .getResultStream().findFirst().orElse(null);
        Buyer buyer = new Buyer(conversation.shopId(), visitor.customerRef(), visitorsOf(visitor));

        List<OrderData> orders = newestOrders(buyer);
        OrderTotals totals = OrderTotals.of(buyer.totals().getSingleResult());
        CustomerData profile = customer == null ? null : customer.data();
        BigDecimal lifetimeValue = profile != null && profile.lifetimeValue() != null ? profile.lifetimeValue() : totals.sum();
        List<PastConversation> earlier = em.createNamedQuery(Conversation.findEarlierOfVisitors, Object[].class)
                .setParameter("visitors", buyer.visitorIds())
                .setParameter("conversation", conversation.id())
                .setParameter("before", conversation.startedAt())
                .setMaxResults(MAX_CONVERSATIONS)
                .getResultStream().map(PastConversation::of).toList();
        List<ContactMessage> contacts = contactMessages.latestOfVisitors(buyer.visitorIds(), MAX_CONTACT_MESSAGES);

        return new CustomerPanel(conversation, profile,
                conversation.visitorName(),
                conversation.visitorEmail() != null ? conversation.visitorEmail() : visitor.email(),
                lifetimeValue, profile != null && profile.lifetimeValue() != null,
                orders.isEmpty() ? null : orders.get(0).currency(),
                LifecycleStage.of(totals.first(), totals.last(), clock.instant(),
                        em.find(Shop.class, conversation.shopId()).lifecycleThresholds()),
                relational(conversation.shopId(), earlier, lifetimeValue),
                orders, earlier, contacts, shopperContexts.of(conversation.id()).orElse(null));
    }

    /** A linked customer may have shopped on several devices: all their visitors count. */
    private List<String> visitorsOf(Visitor visitor) {
        if (visitor.customerRef() == null) {
            return List.of(visitor.id());
        }
        List<String> ids = em.createNamedQuery(Visitor.findIdsOfCustomer, String.class)
                .setParameter("shop", visitor.shopId())
                .setParameter("customer", visitor.customerRef())
                .getResultList();
        return ids.contains(visitor.id()) ? ids : List.of(visitor.id());
    }

    private List<OrderData> newestOrders(Buyer buyer) {
        List<String> ids = buyer.orderIds().setMaxResults(MAX_ORDERS).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ShopOrder.findWithLines, ShopOrder.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .sorted(Comparator.comparing(ShopOrder::placedAt).reversed())
                .map(ShopOrder::data)
                .toList();
    }

    private boolean relational(String shopId, List<PastConversation> earlier, BigDecimal lifetimeValue) {
        long topics = earlier.stream().map(PastConversation::topic).distinct().count();
        // The shop's average is read only for a shopper whose talk already qualifies.
        return RelationalBuyer.talksEnough(earlier.size(), topics)
                && RelationalBuyer.is(earlier.size(), topics, lifetimeValue, averageOrderValues.of(shopId));
    }

    /** Whose orders: the customer's and their visitors', or a visitor's who never logged in. */
    private final class Buyer {
        private final String shopId;
        private final String customerRef;
        private final List<String> visitorIds;

        Buyer(String shopId, String customerRef, List<String> visitorIds) {
            this.shopId = shopId;
            this.customerRef = customerRef;
            this.visitorIds = visitorIds;
        }

        List<String> visitorIds() {
            return visitorIds;
        }

        TypedQuery<String> orderIds() {
            return customerRef == null
                    ? em.createNamedQuery(ShopOrder.findIdsOfVisitor, String.class).setParameter("shop", shopId)
                            .setParameter("visitor", visitorIds.get(0))
                    : em.createNamedQuery(ShopOrder.findIdsOfCustomer, String.class).setParameter("shop", shopId)
                            .setParameter("customer", customerRef).setParameter("visitors", visitorIds);
        }

        TypedQuery<Object[]> totals() {
            TypedQuery<Object[]> query = customerRef == null
                    ? em.createNamedQuery(ShopOrder.totalsOfVisitor, Object[].class).setParameter("visitor", visitorIds.get(0))
                    : em.createNamedQuery(ShopOrder.totalsOfCustomer, Object[].class).setParameter("customer", customerRef)
                            .setParameter("visitors", visitorIds);
            return query.setParameter("shop", shopId).setParameter("revenue", OrderStatus.revenue());
        }
    }
}
