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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.commerce.entity.OrderStatus;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.kpi.control.ShopFigures.AgentFigures;
import nl.shopfloor.kpi.control.ShopFigures.Satisfaction;
import nl.shopfloor.kpi.entity.FirstResponses;
import nl.shopfloor.kpi.entity.WebSessionDay;

/**
 * A shop's result indicators over whole days in its time zone (K7), of the chats a filter selects (K9): sums and
 * counts in the database over the credit each order got when it was stored ({@link OrderCredits}); only the chats'
 * instants are read, for the medians, and grouped here per agent and team.
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
        return of(shopId, from, to, KpiFilter.NONE);
    }

    public ShopFigures of(String shopId, LocalDate from, LocalDate to, KpiFilter filter) {
        return figures(shopId, from, to, filter, true);
    }

    /** The same figures without the per-team rows (and their two queries): for each point of a trend. */
    public ShopFigures totalsOf(String shopId, LocalDate from, LocalDate to, KpiFilter filter) {
        return figures(shopId, from, to, filter, false);
    }

    private ShopFigures figures(String shopId, LocalDate from, LocalDate to, KpiFilter filter, boolean perTeam) {
        Shop shop = em.find(Shop.class, shopId);
        Instant start = from.atStartOfDay(shop.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(shop.zone()).toInstant();
        OrderTotals orders = orderTotals(shopId, start, end, filter);
        Map<String, Satisfaction> ratings = ratingsPerAgent(shopId, start, end, filter);
        List<AgentChat> chats = filter.bind(em.createQuery("select c.agentUsername, c.startedAt, c.firstResponseAt, c.closedAt"
                        + " from Conversation c where c.shopId = :shop and c.startedAt >= :from and c.startedAt < :to"
                        + filter.conditions(), Object[].class))
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultStream()
                .map(row -> new AgentChat((String) row[0], new FirstResponses.Chat((Instant) row[1], (Instant) row[2], (Instant) row[3])))
                .toList();
        Instant now = clock.instant();
        long abandoned = chats.stream().filter(chat -> chat.instants().firstResponseAt() == null && chat.instants().closedAt() != null).count();
        long sessionCount = sessions.inPeriod(shopId, from, to).stream().mapToLong(WebSessionDay::sessions).sum();
        return new ShopFigures(from, to, filter, (int) shop.attributionWindow().toDays(), chats.size(), sessionCount, orders.orders,
                orders.revenue, orders.creditedDuring, orders.creditedAfter, orders.revenueDuring, orders.revenueAfter,
                responses(chats, now), abandoned, ratings.values().stream().reduce(Satisfaction.NONE, Satisfaction::plus),
                agents(chats, orders, ratings), perTeam ? teams(shopId, chats, orders, ratings, now) : List.of());
    }

    /** One agent's CSAT over a period of days (the agent sees their own on the dashboard). */
    public Satisfaction satisfactionOf(String shopId, String agent, LocalDate from, LocalDate to) {
        Shop shop = em.find(Shop.class, shopId);
        return ratingsPerAgent(shopId, from.atStartOfDay(shop.zone()).toInstant(), to.plusDays(1).atStartOfDay(shop.zone()).toInstant(),
                KpiFilter.NONE).getOrDefault(agent, Satisfaction.NONE);
    }

    /**
     * One pass over the period's orders, answered from the index ix_order_kpi alone; with a filter, the site's totals
     * from that pass and the credited orders from a second one over the credited ones only (ix_order_credit: credited
     * orders have a during/after flag), joined to the chats they are credited to.
     */
    private OrderTotals orderTotals(String shopId, Instant start, Instant end, KpiFilter filter) {
        OrderTotals totals = new OrderTotals();
        orderRows("select o.creditedDuring, o.creditedAgent, count(o), sum(o.totalExclVat) from ShopOrder o where o.shopId = :shop",
                shopId, start, end, KpiFilter.NONE).forEach(row -> {
                    totals.addSite(((Number) row[2]).longValue(), money(row[3]));
                    if (filter.selectsAll()) {
                        totals.addCredited((Boolean) row[0], (String) row[1], ((Number) row[2]).longValue(), money(row[3]));
                    }
                });
        if (!filter.selectsAll()) {
            orderRows("select o.creditedDuring, o.creditedAgent, count(o), sum(o.totalExclVat) from ShopOrder o, Conversation c"
                    + " where c.id = o.creditedConversationId and o.shopId = :shop and o.creditedDuring is not null" + filter.conditions(),
                    shopId, start, end, filter)
                    .forEach(row -> totals.addCredited((Boolean) row[0], (String) row[1], ((Number) row[2]).longValue(), money(row[3])));
        }
        return totals;
    }

    private List<Object[]> orderRows(String selectWhere, String shopId, Instant start, Instant end, KpiFilter filter) {
        return filter.bind(em.createQuery(selectWhere + " and o.placedAt >= :from and o.placedAt < :to and o.status in :counted"
                        + " group by o.creditedDuring, o.creditedAgent", Object[].class))
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end)
                .setParameter("counted", OrderStatus.revenue()).getResultList();
    }

    /** The surveys answered in the period per agent; the key "" holds those of chats nobody had. */
    private Map<String, Satisfaction> ratingsPerAgent(String shopId, Instant start, Instant end, KpiFilter filter) {
        Map<String, Satisfaction> ratings = new TreeMap<>();
        filter.bind(em.createQuery("select s.agentUsername, count(s), sum(case when s.rating >= 4 then 1 else 0 end), sum(s.rating)"
                        + (filter.selectsAll() ? " from Survey s where" : " from Survey s, Conversation c where c.id = s.conversationId and")
                        + " s.shopId = :shop and s.answeredAt >= :from and s.answeredAt < :to" + filter.conditions()
                        + " group by s.agentUsername", Object[].class))
                .setParameter("shop", shopId).setParameter("from", start).setParameter("to", end).getResultList()
                .forEach(row -> ratings.put(row[0] == null ? "" : (String) row[0], new Satisfaction(((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue())));
        return ratings;
    }

    private static FirstResponses responses(List<AgentChat> chats, Instant now) {
        return FirstResponses.of(chats.stream().map(AgentChat::instants).toList(), ANSWER_TARGET, now);
    }

    private static List<AgentFigures> agents(List<AgentChat> chats, OrderTotals orders, Map<String, Satisfaction> ratings) {
        Map<String, Long> chatsPerAgent = new TreeMap<>();
        chats.stream().filter(chat -> chat.agent() != null).forEach(chat -> chatsPerAgent.merge(chat.agent(), 1L, Long::sum));
        Set<String> names = new TreeSet<>(chatsPerAgent.keySet());
        names.addAll(orders.creditedPerAgent.keySet());
        names.addAll(ratings.keySet());
        names.remove("");
        return names.stream().map(agent -> new AgentFigures(agent, chatsPerAgent.getOrDefault(agent, 0L),
                orders.creditedPerAgent.getOrDefault(agent, 0L), orders.revenuePerAgent.getOrDefault(agent, BigDecimal.ZERO),
                ratings.getOrDefault(agent, Satisfaction.NONE))).toList();
    }

    /** Every team of the shop, by name, with what the agents in it now had: their chats, credited orders and ratings. */
    private List<TeamFigures> teams(String shopId, List<AgentChat> chats, OrderTotals orders, Map<String, Satisfaction> ratings,
                                    Instant now) {
        Map<String, String> teamOf = new HashMap<>();
        em.createQuery("select a.username, a.team.id from Agent a where a.shopId = :shop and a.team is not null", Object[].class)
                .setParameter("shop", shopId).getResultList().forEach(row -> teamOf.put((String) row[0], (String) row[1]));
        Map<String, List<AgentChat>> chatsOf = chats.stream().filter(chat -> teamOf.containsKey(chat.agent()))
                .collect(Collectors.groupingBy(chat -> teamOf.get(chat.agent())));
        return em.createNamedQuery(Team.findByShop, Team.class).setParameter("shop", shopId).getResultStream().map(team -> {
            List<AgentChat> theirs = chatsOf.getOrDefault(team.id(), List.of());
            List<String> members = teamOf.entrySet().stream().filter(e -> e.getValue().equals(team.id())).map(Map.Entry::getKey).toList();
            return new TeamFigures(team.id(), team.name(), theirs.size(),
                    members.stream().mapToLong(agent -> orders.creditedPerAgent.getOrDefault(agent, 0L)).sum(),
                    members.stream().map(agent -> orders.revenuePerAgent.getOrDefault(agent, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add),
                    responses(theirs, now),
                    members.stream().map(agent -> ratings.getOrDefault(agent, Satisfaction.NONE)).reduce(Satisfaction.NONE, Satisfaction::plus));
        }).toList();
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO : ((BigDecimal) sum).setScale(2, RoundingMode.HALF_UP);
    }

    /** A chat's agent (null when nobody had it) and its instants. */
    private record AgentChat(String agent, FirstResponses.Chat instants) {
    }
}
