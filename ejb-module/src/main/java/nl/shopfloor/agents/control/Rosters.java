package nl.shopfloor.agents.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.shopfloor.Ids;
import nl.shopfloor.agents.control.RosterRefused.Reason;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Roster;
import nl.shopfloor.agents.entity.RosterShift;
import nl.shopfloor.agents.entity.RosterStep;
import nl.shopfloor.agents.entity.Rotation;
import nl.shopfloor.agents.entity.WorkChannel;
import nl.shopfloor.commerce.entity.Shop;

/**
 * The shop's rosters and what they do to presence. Every change applies the roster's current step at once,
 * so a supervisor sees the effect without waiting for {@link RosterWatch}'s next round.
 */
@Stateless
public class Rosters {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Presence presence;

    @Inject
    Agents agents;

    @Inject
    Event<PresenceChanged> presenceChanged;

    public List<RosterShift> ofShop(String shopId) {
        return em.createNamedQuery(RosterShift.findByShop, RosterShift.class).setParameter("shop", shopId).getResultList();
    }

    /** Every agent of the shop who takes chats, with their roster (possibly empty), in display-name order. */
    public Map<Agent, Roster> rostersOf(String shopId) {
        Map<String, List<RosterShift>> shiftsByAgent = ofShop(shopId).stream()
                .collect(Collectors.groupingBy(RosterShift::agentUsername));
        Map<Agent, Roster> rosters = new LinkedHashMap<>();
        agents.ofShop(shopId).stream().filter(Agent::takesChats).forEach(agent ->
                rosters.put(agent, new Roster(shiftsByAgent.getOrDefault(agent.username(), List.of()))));
        return rosters;
    }

    public LocalDateTime localNow(String shopId) {
        return LocalDateTime.now(clock.withZone(em.find(Shop.class, shopId).zone()));
    }

    /** Replaces the listed agents' shifts on the rotation's days; the first agent starts on the first channel. */
    public void rotate(String shopId, List<String> usernames, Rotation rotation) {
        if (usernames == null || usernames.isEmpty()) {
            throw new RosterRefused(Reason.NO_AGENT, "A rotation needs at least one agent");
        }
        List<Agent> rotating = usernames.stream().distinct().map(username -> agentOf(shopId, username)).toList();
        for (RosterShift shift : ofShop(shopId)) {
            if (usernames.contains(shift.agentUsername()) && rotation.days().contains(shift.day())) {
                em.remove(shift);
            }
        }
        for (int position = 0; position < rotating.size(); position++) {
            rotation.shiftsFor(shopId, rotating.get(position).username(), position, Ids::random).forEach(em::persist);
        }
        follow(shopId);
    }

    public RosterShift addShift(String shopId, String username, DayOfWeek day, int startMinute, int endMinute,
                                WorkChannel channel) {
        agentOf(shopId, username);
        RosterShift shift;
        try {
            shift = new RosterShift(Ids.random(), shopId, username, day, startMinute, endMinute, channel);
        } catch (IllegalArgumentException e) {
            throw new RosterRefused(Reason.INVALID, e.getMessage());
        }
        if (ofShop(shopId).stream().anyMatch(shift::overlaps)) {
            throw new RosterRefused(Reason.OVERLAP, "The shift overlaps another shift of " + username + " on " + day);
        }
        em.persist(shift);
        follow(shopId);
        return shift;
    }

    public void removeShift(String shopId, String shiftId) {
        RosterShift shift = shiftId == null ? null : em.find(RosterShift.class, shiftId);
        if (shift == null || !shift.shopId().equals(shopId)) {
            throw new RosterRefused(Reason.NO_SHIFT, "No such shift in this shop");
        }
        em.remove(shift);
        follow(shopId);
    }

    public void clear(String shopId, Collection<String> usernames) {
        ofShop(shopId).stream().filter(shift -> usernames.contains(shift.agentUsername())).forEach(em::remove);
        follow(shopId);
    }

    public List<String> shopIds() {
        return em.createNamedQuery(Shop.findAll, Shop.class).getResultStream().map(Shop::id).toList();
    }

    /** Applies each agent's current roster step; see {@link Agent#follow(RosterStep)}. */
    public void follow(String shopId) {
        em.flush();
        LocalDateTime now = localNow(shopId);
        rostersOf(shopId).forEach((agent, roster) -> {
            if (agent.follow(roster.stepAt(now))) {
                presenceChanged.fire(new PresenceChanged(shopId, agent.username(), presence.effectiveStatus(agent)));
            }
        });
    }

    private Agent agentOf(String shopId, String username) {
        return agents.find(username).filter(agent -> agent.shopId().equals(shopId) && agent.takesChats())
                .orElseThrow(() -> new RosterRefused(Reason.NO_AGENT, "No agent " + username + " in this shop"));
    }
}
