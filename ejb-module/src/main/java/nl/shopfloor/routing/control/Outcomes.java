package nl.shopfloor.routing.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.shopfloor.routing.entity.Performance;

/**
 * Counts, for some agents and topics, the outcomes routing learns from (R5) from the facts themselves: the surveys
 * of their chats and the chats with an order credited to them. Counting again instead of adding up means a re-credit
 * (window changed, order cancelled or sent again) or a survey erased with its shopper cannot leave a count behind.
 */
@Stateless
public class Outcomes {

    @PersistenceContext
    EntityManager em;

    /**
     * The rows are locked before anything else is read: on MariaDB a transaction's snapshot starts with its first
     * plain read, so these counts include everything committed before the lock was ours, and a recompute of the same
     * rows that runs at the same time waits and then counts again with our changes in.
     */
    public void recount(List<AgentTopic> changed) {
        Map<String, Performance> rows = em.createNamedQuery(Performance.findByIds, Performance.class)
                .setParameter("ids", changed.stream().map(AgentTopic::key).toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .collect(Collectors.toMap(p -> Performance.key(p.agentUsername(), p.topic()), Function.identity()));
        Set<String> agents = changed.stream().map(AgentTopic::agent).collect(Collectors.toSet());
        Set<String> topics = changed.stream().map(AgentTopic::topic).collect(Collectors.toSet());
        Map<String, long[]> ratings = ratings(agents, topics);
        Map<String, Long> converted = converted(agents, topics);
        for (AgentTopic pair : changed) {
            long[] rated = ratings.getOrDefault(pair.key(), new long[2]);
            long credited = converted.getOrDefault(pair.key(), 0L);
            Performance row = rows.get(pair.key());
            if (row == null) {
                if (rated[0] == 0 && credited == 0) {
                    continue;
                }
                row = new Performance(pair.agent(), pair.topic()); // e.g. a chat handed over before the agent answered one on this topic
                em.persist(row);
            }
            row.outcomes((int) rated[0], (int) rated[1], (int) credited);
        }
    }

    private Map<String, long[]> ratings(Set<String> agents, Set<String> topics) {
        Map<String, long[]> ratings = new HashMap<>();
        em.createQuery("select s.agentUsername, c.topic, count(s), sum(s.rating) from Survey s, Conversation c"
                        + " where c.id = s.conversationId and s.agentUsername in :agents and c.topic in :topics"
                        + " group by s.agentUsername, c.topic", Object[].class)
                .setParameter("agents", agents).setParameter("topics", topics)
                .getResultStream()
                .forEach(row -> ratings.put(Performance.key((String) row[0], (String) row[1]),
                        new long[]{((Number) row[2]).longValue(), ((Number) row[3]).longValue()}));
        return ratings;
    }

    private Map<String, Long> converted(Set<String> agents, Set<String> topics) {
        Map<String, Long> converted = new HashMap<>();
        em.createQuery("select o.creditedAgent, c.topic, count(distinct o.creditedConversationId) from ShopOrder o, Conversation c"
                        + " where c.id = o.creditedConversationId and o.creditedAgent in :agents and c.topic in :topics"
                        + " group by o.creditedAgent, c.topic", Object[].class)
                .setParameter("agents", agents).setParameter("topics", topics)
                .getResultStream()
                .forEach(row -> converted.put(Performance.key((String) row[0], (String) row[1]), ((Number) row[2]).longValue()));
        return converted;
    }
}
