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
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

        long orders = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        long[] credited = new long[2];
        BigDecimal[] creditedRevenue = {BigDecimal.ZERO, BigDecimal.ZERO};
        Map<String, long[]> agentOrders = new TreeMap<>();
        Map<String, BigDecimal> agentRevenue = new TreeMap<>();
        // One pass over the period's orders (the index ix_order_kpi holds every column read): per credit and agent.
        for (Object[] row : em.createQuery("select o.creditedDuring, o.creditedAgent, count(o), sum(o.totalExclVat) from ShopOrder o"
                        + " where o.shopId = :shop and o.placedAt >= :from and o.placedAt < :to and o.status in :counted"
                        + " group by o.creditedDuring, o.creditedAgent", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).setParameter("counted", COUNTED)
                .getResultList()) {
            long count = ((Number) row[2]).longValue();
            BigDecimal sum = money(row[3]);
            orders += count;
            revenue = revenue.add(sum);
            if (row[0] != null) {
                int during = Boolean.TRUE.equals(row[0]) ? 0 : 1;
                credited[during] += count;
                creditedRevenue[during] = creditedRevenue[during].add(sum);
            }
            if (row[1] != null) {
                agentOrders.computeIfAbsent((String) row[1], a -> new long[1])[0] += count;
                agentRevenue.merge((String) row[1], sum, BigDecimal::add);
            }
        }
        Map<String, Long> agentChats = new TreeMap<>();
        em.createQuery("select c.agentUsername, count(c) from Conversation c where c.shopId = :shop and c.startedAt >= :from"
                        + " and c.startedAt < :to and c.agentUsername is not null group by c.agentUsername", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultList()
                .forEach(row -> agentChats.put((String) row[0], ((Number) row[1]).longValue()));
        Map<String, Satisfaction> agentSatisfaction = new TreeMap<>();
        Satisfaction satisfaction = Satisfaction.NONE;
        for (Object[] row : em.createQuery("select s.agentUsername, count(s), sum(case when s.rating >= 4 then 1 else 0 end),"
                        + " sum(s.rating) from Survey s where s.shopId = :shop and s.answeredAt >= :from and s.answeredAt < :to"
                        + " group by s.agentUsername", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultList()) {
            Satisfaction answers = new Satisfaction(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
            satisfaction = satisfaction.plus(answers);
            if (row[0] != null) {
                agentSatisfaction.put((String) row[0], answers);
            }
        }
        java.util.Set<String> agentNames = new java.util.TreeSet<>(agentChats.keySet());
        agentNames.addAll(agentOrders.keySet());
        agentNames.addAll(agentSatisfaction.keySet());
        List<AgentFigures> agents = agentNames.stream().map(agent -> new AgentFigures(agent, agentChats.getOrDefault(agent, 0L),
                agentOrders.containsKey(agent) ? agentOrders.get(agent)[0] : 0, agentRevenue.getOrDefault(agent, BigDecimal.ZERO),
                agentSatisfaction.getOrDefault(agent, Satisfaction.NONE))).toList();

        List<FirstResponses.Chat> chats = em.createQuery("select c.startedAt, c.firstResponseAt, c.closedAt from Conversation c"
                        + " where c.shopId = :shop and c.startedAt >= :from and c.startedAt < :to", Object[].class)
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultStream()
                .map(row -> new FirstResponses.Chat((Instant) row[0], (Instant) row[1], (Instant) row[2])).toList();
        long abandoned = chats.stream().filter(chat -> chat.firstResponseAt() == null && chat.closedAt() != null).count();
        long sessionCount = sessions.inPeriod(shopId, from, to).stream().mapToLong(WebSessionDay::sessions).sum();
        return new ShopFigures(from, to, (int) shop.attributionWindow().toDays(), chats.size(), sessionCount, orders, revenue,
                credited[0], credited[1], creditedRevenue[0], creditedRevenue[1], FirstResponses.of(chats, ANSWER_TARGET, clock.instant()),
                abandoned, satisfaction, agents);
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO : ((BigDecimal) sum).setScale(2, RoundingMode.HALF_UP);
    }
}
