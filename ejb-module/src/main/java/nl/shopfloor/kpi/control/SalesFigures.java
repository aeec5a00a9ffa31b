package nl.shopfloor.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.shopfloor.commerce.entity.OrderStatus;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.kpi.control.Attribution.Chat;
import nl.shopfloor.kpi.control.Attribution.Credit;
import nl.shopfloor.kpi.control.Attribution.Order;
import nl.shopfloor.kpi.control.ShopFigures.AgentFigures;
import nl.shopfloor.kpi.entity.FirstResponses;
import nl.shopfloor.kpi.entity.WebSessionDay;

/**
 * A shop's result indicators over whole days in its time zone (K7): read as plain columns, never as entities, and
 * attributed in memory ({@link Attribution}); the chats that may credit an order placed on the period's first day
 * started up to the attribution window before it.
 */
@Stateless
public class SalesFigures {

    static final Duration ANSWER_TARGET = Duration.ofSeconds(20);

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionCounts sessions;

    @Inject
    Clock clock;

    public ShopFigures of(String shopId, LocalDate from, LocalDate to) {
        Shop shop = em.find(Shop.class, shopId);
        ZoneId zone = shop.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Duration window = shop.attributionWindow();

        List<Order> orders = orders(shopId, start, end);
        List<Object[]> chatRows = em.createQuery("select c.id, c.visitorId, v.customerRef, c.agentUsername, c.startedAt, c.closedAt,"
                        + " c.firstResponseAt from Conversation c join c.visitor v where c.shopId = :shop"
                        + " and c.startedAt >= :from and c.startedAt < :to", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start.minus(window)).setParameter("to", end).getResultList();
        List<Chat> chats = chatRows.stream().map(row -> new Chat((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (Instant) row[4], (Instant) row[5])).toList();
        List<Object[]> inPeriod = chatRows.stream().filter(row -> !((Instant) row[4]).isBefore(start)).toList();
        List<Credit> credits = Attribution.credit(orders, chats, window);

        long sessionCount = sessions.inPeriod(shopId, from, to).stream().mapToLong(WebSessionDay::sessions).sum();
        BigDecimal revenue = orders.stream().filter(Order::countsAsRevenue).map(Order::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        long counted = orders.stream().filter(Order::countsAsRevenue).count();
        FirstResponses responses = FirstResponses.of(inPeriod.stream().map(row -> new FirstResponses.Chat((Instant) row[4],
                (Instant) row[6], (Instant) row[5])).toList(), ANSWER_TARGET, clock.instant());
        long abandoned = inPeriod.stream().filter(row -> row[6] == null && row[5] != null).count();
        return new ShopFigures(from, to, (int) window.toDays(), inPeriod.size(), sessionCount, counted, revenue,
                credits.stream().filter(Credit::during).count(), credits.stream().filter(c -> !c.during()).count(),
                sum(credits, true), sum(credits, false), responses, abandoned, agents(inPeriod, credits));
    }

    private List<Order> orders(String shopId, Instant start, Instant end) {
        return em.createQuery("select o.ref, o.visitorId, o.customerRef, o.totalExclVat, o.placedAt, o.status from ShopOrder o"
                        + " where o.shopId = :shop and o.placedAt >= :from and o.placedAt < :to", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultStream()
                .map(row -> new Order((String) row[0], (String) row[1], (String) row[2], (BigDecimal) row[3], (Instant) row[4],
                        ((OrderStatus) row[5]).countsAsRevenue()))
                .toList();
    }

    private static BigDecimal sum(List<Credit> credits, boolean during) {
        return credits.stream().filter(c -> c.during() == during).map(c -> c.order().revenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Per agent: the chats they had in the period and the orders credited to their chats. */
    private static List<AgentFigures> agents(List<Object[]> inPeriod, List<Credit> credits) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> revenue = new TreeMap<>();
        inPeriod.stream().map(row -> (String) row[3]).filter(java.util.Objects::nonNull)
                .forEach(agent -> counts.computeIfAbsent(agent, a -> new long[2])[0]++);
        credits.stream().filter(c -> c.chat().agent() != null).forEach(c -> {
            counts.computeIfAbsent(c.chat().agent(), a -> new long[2])[1]++;
            revenue.merge(c.chat().agent(), c.order().revenue(), BigDecimal::add);
        });
        return counts.entrySet().stream().map(e -> new AgentFigures(e.getKey(), e.getValue()[0], e.getValue()[1],
                revenue.getOrDefault(e.getKey(), BigDecimal.ZERO))).toList();
    }
}
