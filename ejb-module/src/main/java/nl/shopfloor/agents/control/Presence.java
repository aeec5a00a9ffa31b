package nl.shopfloor.agents.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.AgentStatus;

/**
 * Who can take chats now. The status an agent chooses is stored; it only counts while at least one of
 * their dashboards is connected, so a closed or crashed dashboard makes the agent offline by itself.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Presence {

    private final ConcurrentMap<String, Integer> openDashboards = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PresenceChanged> presenceChanged;

    public void dashboardOpened(String username) {
        openDashboards.merge(username, 1, Integer::sum);
        announce(username);
    }

    public void dashboardClosed(String username) {
        openDashboards.computeIfPresent(username, (user, count) -> count > 1 ? count - 1 : null);
        announce(username);
    }

    /** {@code null} (no choice made) changes nothing. */
    public AgentStatus choose(String username, AgentStatus status) {
        Agent agent = em.find(Agent.class, username);
        if (status == null) {
            return effectiveStatus(agent);
        }
        agent.changeStatus(status);
        presenceChanged.fire(new PresenceChanged(agent.shopId(), username, effectiveStatus(agent)));
        return effectiveStatus(agent);
    }

    public AgentStatus effectiveStatus(Agent agent) {
        return openDashboards.containsKey(agent.username()) ? agent.status() : AgentStatus.OFFLINE;
    }

    public boolean isOnline(Agent agent) {
        return effectiveStatus(agent) == AgentStatus.ONLINE;
    }

    /** Those of the agents who are online, in their order: one call for a whole team. */
    public List<Agent> online(List<Agent> agents) {
        return agents.stream().filter(this::isOnline).toList();
    }

    private void announce(String username) {
        Agent agent = em.find(Agent.class, username);
        if (agent != null) {
            presenceChanged.fire(new PresenceChanged(agent.shopId(), username, effectiveStatus(agent)));
        }
    }
}
