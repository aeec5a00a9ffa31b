package nl.shopfloor.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.shopfloor.commerce.entity.OrderStatus;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.kpi.control.ShopFigures.AgentFigures;
import nl.shopfloor.kpi.entity.FirstResponses;
import nl.shopfloor.kpi.entity.WebSessionDay;

/**
 * A shop's result indicators over whole days in its time zone (K7): sums and counts in the database over the credit
 * each order got when it was stored ({@link OrderCredits}); only the chats' instants are read, for the median.
 */
@Stateless
public class SalesFigures {

    static final Duration ANSWER_TARGET = Duration.ofSeconds(20);
    private static final List<OrderStatus> COUNTED = Arrays.stream(OrderStatus.values()).filter(OrderStatus::countsAsRevenue).toList();

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

        Object[] site = ordersQuery("select count(o), sum(o.totalExclVat) from ShopOrder o", "", shopId, start, end).getSingleResult();
        long[] credited = new long[2];
        BigDecimal[] creditedRevenue = {BigDecimal.ZERO, BigDecimal.ZERO};
        ordersQuery("select o.creditedDuring, count(o), sum(o.totalExclVat) from ShopOrder o",
                " and o.creditedConversationId is not null group by o.creditedDuring", shopId, start, end).getResultList().forEach(row -> {
                    int during = Boolean.TRUE.equals(row[0]) ? 0 : 1;
                    credited[during] = ((Number) row[1]).longValue();
                    creditedRevenue[during] = money(row[2]);
                });
        Map<String, AgentFigures> agents = new TreeMap<>();
        em.createQuery("select c.agentUsername, count(c) from Conversation c where c.shopId = :shop and c.startedAt >= :from"
                        + " and c.startedAt < :to and c.agentUsername is not null group by c.agentUsername", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultList()
                .forEach(row -> agents.put((String) row[0], new AgentFigures((String) row[0], ((Number) row[1]).longValue(), 0, BigDecimal.ZERO)));
        ordersQuery("select o.creditedAgent, count(o), sum(o.totalExclVat) from ShopOrder o",
                " and o.creditedAgent is not null group by o.creditedAgent", shopId, start, end).getResultList().forEach(row -> {
                    String agent = (String) row[0];
                    long chats = agents.containsKey(agent) ? agents.get(agent).conversations() : 0;
                    agents.put(agent, new AgentFigures(agent, chats, ((Number) row[1]).longValue(), money(row[2])));
                });

        List<FirstResponses.Chat> chats = em.createQuery("select c.startedAt, c.firstResponseAt, c.closedAt from Conversation c"
                        + " where c.shopId = :shop and c.startedAt >= :from and c.startedAt < :to", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultStream()
                .map(row -> new FirstResponses.Chat((Instant) row[0], (Instant) row[1], (Instant) row[2])).toList();
        long abandoned = chats.stream().filter(chat -> chat.firstResponseAt() == null && chat.closedAt() != null).count();
        long sessionCount = sessions.inPeriod(shopId, from, to).stream().mapToLong(WebSessionDay::sessions).sum();
        return new ShopFigures(from, to, (int) shop.attributionWindow().toDays(), chats.size(), sessionCount,
                ((Number) site[0]).longValue(), money(site[1]), credited[0], credited[1], creditedRevenue[0], creditedRevenue[1],
                FirstResponses.of(chats, ANSWER_TARGET, clock.instant()), abandoned, List.copyOf(agents.values()));
    }

    /** Orders placed in the period that count as revenue (not cancelled or refunded). */
    private TypedQuery<Object[]> ordersQuery(String select, String rest, String shopId, Instant start, Instant end) {
        return em.createQuery(select + " where o.shopId = :shop and o.placedAt >= :from and o.placedAt < :to"
                        + " and o.status in :counted" + rest, Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).setParameter("counted", COUNTED);
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO : ((BigDecimal) sum).setScale(2, RoundingMode.HALF_UP);
    }
}
