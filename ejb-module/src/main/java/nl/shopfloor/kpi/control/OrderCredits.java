package nl.shopfloor.kpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.shopfloor.commerce.control.AttributionChanged;
import nl.shopfloor.commerce.control.OrdersStored;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.commerce.entity.ShopOrder;
import nl.shopfloor.kpi.control.Attribution.Chat;
import nl.shopfloor.kpi.control.Attribution.Credit;
import nl.shopfloor.kpi.control.Attribution.Order;
import nl.shopfloor.routing.control.AgentTopic;
import nl.shopfloor.routing.control.OutcomesChanged;

/**
 * Credits orders to chats when they are stored, in the same transaction (K6): the chats that may earn an order
 * are read once per batch, by the batch's visitors and customers. A changed window re-credits the shop's orders
 * of the last {@link #RECREDIT_DAYS} days; older ones keep the credit they got. When the chats credited by a batch
 * change, routing counts the conversions of their agents again (routing R5).
 */
@ApplicationScoped
public class OrderCredits {

    static final int RECREDIT_DAYS = 31;
    /** Ids per IN list: well within every database's limits. */
    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutcomesChanged> outcomes;

    /** The chat an order is credited to, and its agent. */
    record Credited(String conversationId, String agent) {
    }

    void stored(@Observes OrdersStored event) {
        credit(event.shopId(), event.orders());
    }

    void windowChanged(@Observes AttributionChanged event) {
        Instant since = clock.instant().minus(Duration.ofDays(RECREDIT_DAYS));
        credit(event.shopId(), em.createNamedQuery(ShopOrder.findPlacedSince, ShopOrder.class)
                .setParameter("shop", event.shopId()).setParameter("since", since).getResultList());
    }

    private void credit(String shopId, List<ShopOrder> orders) {
        if (orders.isEmpty()) {
            return;
        }
        Set<Credited> before = credited(orders);
        recredit(shopId, orders);
        Set<Credited> changed = changed(before, credited(orders));
        if (!changed.isEmpty()) {
            outcomes.fire(new OutcomesChanged(agentTopics(changed)));
        }
    }

    private static Set<Credited> credited(List<ShopOrder> orders) {
        return orders.stream().filter(order -> order.creditedConversationId() != null && order.creditedAgent() != null)
                .map(order -> new Credited(order.creditedConversationId(), order.creditedAgent()))
                .collect(Collectors.toSet());
    }

    /** The credits that came or went: the same order sent again, credited to the same chat, changes nothing. */
    static Set<Credited> changed(Set<Credited> before, Set<Credited> after) {
        Set<Credited> changed = new HashSet<>(before);
        changed.addAll(after);
        changed.removeIf(credit -> before.contains(credit) && after.contains(credit));
        return changed;
    }

    private Set<AgentTopic> agentTopics(Set<Credited> credits) {
        Map<String, String> topics = new HashMap<>();
        List<String> ids = credits.stream().map(Credited::conversationId).distinct().toList();
        for (int at = 0; at < ids.size(); at += CHUNK) {
            em.createQuery("select c.id, c.topic from Conversation c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(at, Math.min(ids.size(), at + CHUNK)))
                    .getResultStream()
                    .forEach(row -> topics.put((String) row[0], (String) row[1]));
        }
        return credits.stream().filter(credit -> topics.containsKey(credit.conversationId()))
                .map(credit -> new AgentTopic(credit.agent(), topics.get(credit.conversationId())))
                .collect(Collectors.toSet());
    }

    private void recredit(String shopId, List<ShopOrder> orders) {
        Duration window = em.find(Shop.class, shopId).attributionWindow();
        Map<String, ShopOrder> byRef = new HashMap<>();
        List<Order> candidates = new ArrayList<>();
        Set<String> visitors = new LinkedHashSet<>();
        Set<String> customers = new LinkedHashSet<>();
        Instant earliest = null;
        Instant latest = null;
        for (ShopOrder order : orders) {
            order.uncredit();
            if (!order.countsAsRevenue() || order.visitorId() == null && order.customerRef() == null) {
                continue;
            }
            byRef.put(order.ref(), order);
            candidates.add(new Order(order.ref(), order.visitorId(), order.customerRef(), order.totalExclVat(), order.placedAt(), true));
            if (order.visitorId() != null) {
                visitors.add(order.visitorId());
            }
            if (order.customerRef() != null) {
                customers.add(order.customerRef());
            }
            earliest = earliest == null || order.placedAt().isBefore(earliest) ? order.placedAt() : earliest;
            latest = latest == null || order.placedAt().isAfter(latest) ? order.placedAt() : latest;
        }
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, Chat> chats = new HashMap<>();
        chatsOf(shopId, "c.visitorId", new ArrayList<>(visitors), earliest.minus(window), latest, chats);
        chatsOf(shopId, "v.customerRef", new ArrayList<>(customers), earliest.minus(window), latest, chats);
        for (Credit credit : Attribution.credit(candidates, List.copyOf(chats.values()), window)) {
            byRef.get(credit.order().ref()).credit(credit.chat().id(), credit.chat().agent(), credit.during());
        }
    }

    private void chatsOf(String shopId, String column, List<String> ids, Instant from, Instant to, Map<String, Chat> into) {
        for (int at = 0; at < ids.size(); at += CHUNK) {
            em.createQuery("select c.id, c.visitorId, v.customerRef, c.agentUsername, c.startedAt, c.closedAt from Conversation c"
                            + " join c.visitor v where c.shopId = :shop and c.startedAt >= :from and c.startedAt <= :to and "
                            + column + " in :ids", Object[].class)
                    .setParameter("shop", shopId).setParameter("from", from).setParameter("to", to)
                    .setParameter("ids", ids.subList(at, Math.min(ids.size(), at + CHUNK)))
                    .getResultStream()
                    .forEach(row -> into.putIfAbsent((String) row[0], new Chat((String) row[0], (String) row[1], (String) row[2],
                            (String) row[3], (Instant) row[4], (Instant) row[5])));
        }
    }
}
