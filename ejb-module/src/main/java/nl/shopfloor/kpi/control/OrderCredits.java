package nl.shopfloor.kpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.shopfloor.commerce.control.AttributionChanged;
import nl.shopfloor.commerce.control.OrdersStored;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.commerce.entity.ShopOrder;
import nl.shopfloor.kpi.control.Attribution.Chat;
import nl.shopfloor.kpi.control.Attribution.Credit;
import nl.shopfloor.kpi.control.Attribution.Order;

/**
 * Credits orders to chats when they are stored, in the same transaction (K6): the chats that may earn an order
 * are read once per batch, by the batch's visitors and customers. A changed window re-credits the shop's orders
 * of the last {@link #RECREDIT_DAYS} days; older ones keep the credit they got.
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
