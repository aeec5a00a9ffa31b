package nl.shopfloor.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.OpenChats;
import nl.shopfloor.agents.entity.AgentStatus;
import nl.shopfloor.capacity.control.Capacity;
import nl.shopfloor.chat.control.FollowUps;
import nl.shopfloor.kpi.entity.FirstResponses;
import nl.shopfloor.kpi.entity.WallSnapshot;

/** The figures of the wall display (package-info W1-W5), read in one transaction. */
@Stateless
public class WallFigures {

    public static final Duration ANSWER_TARGET = Duration.ofSeconds(20);

    @PersistenceContext
    EntityManager em;
    @Inject
    FollowUps followUps;
    @Inject
    Agents agents;
    @Inject
    Presence presence;
    @Inject
    Capacity capacity;
    @Inject
    Clock clock;

    public WallSnapshot of(String shopId) {
        Instant now = clock.instant();
        List<WallSnapshot.Waiting> waiting = followUps.unansweredOf(shopId).stream()
                .map(c -> new WallSnapshot.Waiting(c.id(), c.visitorName(), c.agent().displayName(), c.startedAt()))
                .toList();
        OpenChats load = capacity.snapshot(shopId);
        List<Agent> takingChats = agents.ofShop(shopId).stream().filter(Agent::takesChats).toList();
        Set<String> connected = presence.connected(takingChats);
        List<WallSnapshot.AgentLoad> team = takingChats.stream()
                .filter(agent -> connected.contains(agent.username()) && agent.status() != AgentStatus.OFFLINE)
                .map(agent -> new WallSnapshot.AgentLoad(agent.username(), agent.displayName(), agent.status(),
                        load.openOf(agent.username()), agent.maxChats()))
                .toList();
        return new WallSnapshot(shopId, now, waiting, team, today(shopId, now), load.total(), load.cap());
    }

    FirstResponses today(String shopId, Instant now) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate day = LocalDate.ofInstant(now, zone);
        List<FirstResponses.Chat> chats = em.createQuery("select c.startedAt, c.firstResponseAt, c.closedAt from Conversation c"
                        + " where c.shopId = :shop and c.startedAt >= :from and c.startedAt < :to", Object[].class)
                .setParameter("shop", shopId)
                .setParameter("from", day.atStartOfDay(zone).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultStream()
                .map(row -> new FirstResponses.Chat((Instant) row[0], (Instant) row[1], (Instant) row[2]))
                .toList();
        return FirstResponses.of(chats, ANSWER_TARGET, now);
    }
}
