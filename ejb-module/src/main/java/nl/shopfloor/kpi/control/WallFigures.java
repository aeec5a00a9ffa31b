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
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.entity.Agent;
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
        List<WallSnapshot.AgentLoad> team = agents.ofShop(shopId).stream()
                .filter(Agent::takesChats)
                .map(agent -> new WallSnapshot.AgentLoad(agent.username(), agent.displayName(), presence.effectiveStatus(agent),
                        capacity.openChats(shopId, agent.username()), agent.maxChats()))
                .filter(load -> load.status() != AgentStatus.OFFLINE)
                .toList();
        return new WallSnapshot(shopId, now, waiting, team, today(shopId, now), capacity.openChats(shopId), capacity.cap(shopId));
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
