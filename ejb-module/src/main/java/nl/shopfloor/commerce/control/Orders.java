package nl.shopfloor.commerce.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.commerce.entity.OrderData;
import nl.shopfloor.commerce.entity.ShopOrder;

/** The orders a shop pushes, by the shop's own ids, one at a time or thousands in one transaction (commerce M2). */
@Stateless
public class Orders {

    /** Refs per lookup query: IN lists of this size stay well within every database's limits. */
    static final int LOOKUP_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OrdersStored> ordersStored;

    public Upserted upsert(String shopId, OrderData data) {
        return upsertAll(shopId, List.of(data)).get(data.ref());
    }

    /** All or nothing: one transaction. The refs must be distinct (the boundary checks). Results in the given order. */
    public Map<String, Upserted> upsertAll(String shopId, List<OrderData> orders) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, ShopOrder> existing = new HashMap<>();
        for (int from = 0; from < orders.size(); from += LOOKUP_CHUNK) {
            List<String> refs = orders.subList(from, Math.min(orders.size(), from + LOOKUP_CHUNK)).stream().map(OrderData::ref).toList();
            em.createNamedQuery(ShopOrder.findByRefs, ShopOrder.class).setParameter("shop", shopId).setParameter("refs", refs)
                    .getResultList().forEach(order -> existing.put(order.ref(), order));
        }
        Map<String, Upserted> results = new LinkedHashMap<>();
        List<ShopOrder> stored = new ArrayList<>();
        for (OrderData data : orders) {
            ShopOrder order = existing.get(data.ref());
            if (order != null) {
                order.change(data, now);
                results.put(data.ref(), Upserted.UPDATED);
            } else {
                order = new ShopOrder(Ids.random(), shopId, data, now);
                em.persist(order);
                results.put(data.ref(), Upserted.CREATED);
            }
            stored.add(order);
        }
        ordersStored.fire(new OrdersStored(shopId, stored));
        em.flush(); // a concurrent create of the same ref fails here, inside the call, where the caller can tell it apart
        return results;
    }

    public Optional<ShopOrder> find(String shopId, String ref) {
        return em.createNamedQuery(ShopOrder.findByRef, ShopOrder.class).setParameter("shop", shopId).setParameter("ref", ref)
                .getResultStream().findFirst();
    }
}
