package nl.shopfloor.routing.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.chat.entity.Conversation;

/**
 * Picks the agent for a new chat at once — there is no queue. For now: an online agent below their own
 * maximum with the fewest open chats, then the one who waited longest since their last chat.
 */
@Stateless
public class Router {

    @PersistenceContext
    EntityManager em;

    @Inject
    Agents agents;

    @Inject
    Presence presence;

    public Optional<Agent> pickAgent(String shopId) {
        for (Agent candidate : rank(onlineAgents(shopId), openChatsPerAgent(shopId))) {
            em.lock(candidate, LockModeType.PESSIMISTIC_WRITE);
            if (openChatsOf(candidate) < candidate.maxChats()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public boolean canChat(String shopId) {
        return !rank(onlineAgents(shopId), openChatsPerAgent(shopId)).isEmpty();
    }

    /** Agents with room, best first. */
    static List<Agent> rank(List<Agent> online, Map<String, Long> openChats) {
        Comparator<Agent> fewestChats = Comparator.comparingLong(a -> openChats.getOrDefault(a.username(), 0L));
        Comparator<Agent> longestWaiting = Comparator.comparing(Agent::lastAssignedAt,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
        return online.stream()
                .filter(agent -> openChats.getOrDefault(agent.username(), 0L) < agent.maxChats())
                .sorted(fewestChats.thenComparing(longestWaiting).thenComparing(Agent::username))
                .toList();
    }

    private List<Agent> onlineAgents(String shopId) {
        return agents.ofShop(shopId).stream().filter(presence::isOnline).toList();
    }

    private Map<String, Long> openChatsPerAgent(String shopId) {
        List<Object[]> rows = em.createQuery(
                        "select c.agent.username, count(c) from Conversation c where c.shopId = :shop"
                                + " and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN group by c.agent.username",
                        Object[].class)
                .setParameter("shop", shopId)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private long openChatsOf(Agent agent) {
        return em.createNamedQuery(Conversation.countOpenOfAgent, Long.class)
                .setParameter("agent", agent)
                .getSingleResult();
    }
}
