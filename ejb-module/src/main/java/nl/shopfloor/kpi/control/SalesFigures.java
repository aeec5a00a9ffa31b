package nl.shopfloor.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.shopfloor.commerce.entity.OrderStatus;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.kpi.control.ShopFigures.AgentFigures;
import nl.shopfloor.kpi.control.ShopFigures.Satisfaction;
import nl.shopfloor.kpi.entity.FirstResponses;
import nl.shopfloor.kpi.entity.WebSessionDay;

/**
 * A shop's result indicators over whole days in its time zone (K7): sums and counts in the database over the credit
 * each order got when it was stored ({@link OrderCredits}); only the chats' instants are read, for the median.
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
        Instant start = from.atStartOfDay(shop.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(shop.zone()).toInstant();
        OrderTotals orders = orderTotals(shopId, start, end);
        Map<String, Satisfaction> ratings = ratingsPerAgent(shopId, start, end);
        List<FirstResponses.Chat> chats = em.createQuery("select c.startedAt, c.firstResponseAt, c.closedAt from Conversation c"
                        + " where c.shopId = :shop and c.startedAt >= :from and c.startedAt < :to", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultStream()
                .map(row -> new FirstResponses.Chat((Instant) row[0], (Instant) row[1], (Instant) row[2])).toList();
        long abandoned = chats.stream().filter(chat -> chat.firstResponseAt() == null && chat.closedAt() != null).count();
        long sessionCount = sessions.inPeriod(shopId, from, to).stream().mapToLong(WebSessionDay::sessions).sum();
        return new ShopFigures(from, to, (int) shop.attributionWindow().toDays(), chats.size(), sessionCount, orders.orders,
                orders.revenue, orders.creditedDuring, orders.creditedAfter, orders.revenueDuring, orders.revenueAfter,
                FirstResponses.of(chats, ANSWER_TARGET, clock.instant()), abandoned,
                ratings.values().stream().reduce(Satisfaction.NONE, Satisfaction::plus),
                agents(chatsPerAgent(shopId, start, end), orders, ratings));
    }

    /** One agent's CSAT over a period of days (the agent sees their own on the dashboard). */
    public Satisfaction satisfactionOf(String shopId, String agent, LocalDate from, LocalDate to) {
        Shop shop = em.find(Shop.class, shopId);
        return ratingsPerAgent(shopId, from.atStartOfDay(shop.zone()).toInstant(), to.plusDays(1).atStartOfDay(shop.zone()).toInstant())
                .getOrDefault(agent, Satisfaction.NONE);
    }

    /** One pass over the period's orders, answered from the index ix_order_kpi alone. */
    private OrderTotals orderTotals(String shopId, Instant start, Instant end) {
        OrderTotals totals = new OrderTotals();
        em.createQuery("select o.creditedDuring, o.creditedAgent, count(o), sum(o.totalExclVat) from ShopOrder o"
                        + " where o.shopId = :shop and o.placedAt >= :from and o.placedAt < :to and o.status in :counted"
                        + " group by o.creditedDuring, o.creditedAgent", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).setParameter("counted", OrderStatus.revenue())
                .getResultList()
                .forEach(row -> totals.add((Boolean) row[0], (String) row[1], ((Number) row[2]).longValue(), money(row[3])));
        return totals;
    }

    private Map<String, Long> chatsPerAgent(String shopId, Instant start, Instant end) {
        Map<String, Long> chats = new TreeMap<>();
        em.createQuery("select c.agentUsername, count(c) from Conversation c where c.shopId = :shop and c.startedAt >= :from"
                        + " and c.startedAt < :to and c.agentUsername is not null group by c.agentUsername", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultList()
                .forEach(row -> chats.put((String) row[0], ((Number) row[1]).longValue()));
        return chats;
    }

    /** The surveys answered in the period per agent; the key "" holds those of chats nobody had. */
    private Map<String, Satisfaction> ratingsPerAgent(String shopId, Instant start, Instant end) {
        Map<String, Satisfaction> ratings = new TreeMap<>();
        em.createQuery("select s.agentUsername, count(s), sum(case when s.rating >= 4 then 1 else 0 end), sum(s.rating)"
                        + " from Survey s where s.shopId = :shop and s.answeredAt >= :from and s.answeredAt < :to"
                        + " group by s.agentUsername", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultList()
                .forEach(row -> ratings.put(row[0] == null ? "" : (String) row[0], new Satisfaction(((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue())));
        return ratings;
    }

    private static List<AgentFigures> agents(Map<String, Long> chats, OrderTotals orders, Map<String, Satisfaction> ratings) {
        Set<String> names = new TreeSet<>(chats.keySet());
        names.addAll(orders.creditedPerAgent.keySet());
        names.addAll(ratings.keySet());
        names.remove("");
        return names.stream().map(agent -> new AgentFigures(agent, chats.getOrDefault(agent, 0L),
                orders.creditedPerAgent.getOrDefault(agent, 0L), orders.revenuePerAgent.getOrDefault(agent, BigDecimal.ZERO),
                ratings.getOrDefault(agent, Satisfaction.NONE))).toList();
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO : ((BigDecimal) sum).setScale(2, RoundingMode.HALF_UP);
    }
}
