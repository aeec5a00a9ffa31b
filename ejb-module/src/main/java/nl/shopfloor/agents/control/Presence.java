package nl.shopfloor.agents.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.AgentStatus;
import nl.shopfloor.grid.DataGrid;
import nl.shopfloor.grid.GridMap;
import nl.shopfloor.grid.MemberLeft;

/**
 * Who can take chats now. The status an agent chooses is stored; it only counts while at least one of
 * their dashboards is connected — on any instance of the cluster ({@link Dashboards}, in the data grid) — so a
 * closed or crashed dashboard, or a crashed instance, makes the agent offline by itself.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Presence {

    static final String DASHBOARDS = "shopfloor.presence.dashboards";
    private static final Logger LOG = Logger.getLogger(Presence.class.getName());

    private GridMap<String, Dashboards> dashboards;

    @PersistenceContext
    EntityManager em;
    @Inject
    Event<PresenceChanged> presenceChanged;
    @Inject
    DataGrid grid;

    @PostConstruct
    void connect() {
        dashboards = grid.map(DASHBOARDS);
    }

    public void dashboardOpened(String username) {
        dashboards.update(username, new Dashboards.Counted(grid.memberId(), true));
        announce(username);
    }

    public void dashboardClosed(String username) {
        dashboards.update(username, new Dashboards.Counted(grid.memberId(), false));
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
        return dashboards.update(agent.username(), new Dashboards.AnyOpen()) != null ? agent.status() : AgentStatus.OFFLINE;
    }

    public boolean isOnline(Agent agent) {
        return effectiveStatus(agent) == AgentStatus.ONLINE;
    }

    /** Those of the agents who are online, in their order: one grid call for a whole team. */
    public List<Agent> online(List<Agent> agents) {
        List<Agent> chosenOnline = agents.stream().filter(agent -> agent.status() == AgentStatus.ONLINE).toList();
        Set<String> connected = connected(chosenOnline);
        return chosenOnline.stream().filter(agent -> connected.contains(agent.username())).toList();
    }

    /** The usernames of those of the agents with a dashboard open anywhere: one grid call for a whole team. */
    public Set<String> connected(List<Agent> agents) {
        if (agents.isEmpty()) {
            return Set.of();
        }
        Set<String> usernames = new LinkedHashSet<>();
        agents.forEach(agent -> usernames.add(agent.username()));
        return Set.copyOf(dashboards.updateAll(usernames, new Dashboards.AnyOpen()).keySet());
    }

    /** G4: the lead forgets a departed instance's dashboards; their agents without another one go offline. */
    public void memberLeft(@Observes MemberLeft left) {
        if (!grid.isLead()) {
            return;
        }
        Map<String, Boolean> gone = dashboards.updateEvery(new Dashboards.ForgetMember(left.memberId()));
        if (!gone.isEmpty()) {
            LOG.warning("Dashboards of " + gone.keySet() + " were on departed member " + left.memberId() + ": offline now");
        }
        gone.keySet().forEach(this::announce);
    }

    private void announce(String username) {
        Agent agent = em.find(Agent.class, username);
        if (agent != null) {
            presenceChanged.fire(new PresenceChanged(agent.shopId(), username, effectiveStatus(agent)));
        }
    }
}
