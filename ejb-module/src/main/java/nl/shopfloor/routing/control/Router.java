package nl.shopfloor.routing.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.capacity.control.Capacity;
import nl.shopfloor.capacity.control.OpenChats;
import nl.shopfloor.routing.entity.Performance;

/**
 * Ranks the agents for a new chat at once — there is no queue. Only agents on duty ({@link Availabilities}: online,
 * within their team's opening hours) and below their own maximum are candidates; {@link Scoring} orders them and every part of every score is kept, so the
 * dashboard can show why this agent got the chat and not another. {@link Capacity} takes the slot.
 */
@Stateless
public class Router {

    @PersistenceContext
    EntityManager em;

    @Inject
    Agents agents;

    @Inject
    Capacity capacity;

    @Inject
    Clock clock;

    @Inject
    Availabilities availabilities;

    public Decision rank(RoutingRequest request) {
        List<Agent> online = availabilities.onDuty(request.shopId(), agents.ofShop(request.shopId()));
        OpenChats load = capacity.snapshot(request.shopId());
        Map<String, Performance> learned = em.createNamedQuery(Performance.findByShopAndTopic, Performance.class)
                .setParameter("shop", request.shopId())
                .setParameter("topic", request.topic())
                .getResultStream()
                .collect(Collectors.toMap(p -> Performance.key(p.agentUsername(), p.topic()), Function.identity()));
        return decide(online, agent -> load.openOf(agent.username()), request, clock.instant(), learned);
    }

    /** The routing decision itself, free of the container: what the benchmark measures. */
    public static Decision decide(List<Agent> online, ToIntFunction<Agent> openChats, RoutingRequest request, Instant now,
                                  Map<String, Performance> learned) {
        Norms norms = Norms.of(learned.values());
        List<Score> scores = online.stream()
                .map(agent -> Scoring.score(agent, openChats.applyAsInt(agent), request, now, learned, norms))
                .filter(Score::hasRoom)
                .sorted(Comparator.comparingDouble(Score::total).reversed().thenComparing(Score::username))
                .toList();
        Map<String, Agent> byName = online.stream().collect(Collectors.toMap(Agent::username, Function.identity()));
        return new Decision(request.topic(), scores, scores.stream().map(score -> byName.get(score.username())).toList());
    }
}
