package nl.shopfloor.capacity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.grid.DataGrid;
import nl.shopfloor.grid.GridMap;
import nl.shopfloor.grid.MemberLeft;

/**
 * The one place that hands out chat slots, so the shop never promises more chat than its team can answer:
 * a chat is admitted only below the shop's cap and to an agent below their own maximum. Each shop's load is one
 * entry of the data grid (or of this instance's memory), changed only by a {@link SlotChange} applied to it
 * atomically, so the cap holds however many chats start at once on however many instances. The counts are seeded
 * from the database by the first instance to count a shop; callers release a slot when a conversation closes or
 * when the transaction that took it rolls back. A slot taken for a start counts as unsettled until that start
 * commits ({@link #settle}), so the slots of an instance that dies mid-start are given back by the lead. Every
 * change marks the shop for {@link Availabilities}, which decides whether its availability changed.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Capacity {

    static final String LOADS = "shopfloor.capacity.loads";
    private static final Logger LOG = Logger.getLogger(Capacity.class.getName());

    GridMap<String, ShopLoad> loads = GridMap.inMemory();
    String member = "this-instance";

    @PersistenceContext
    EntityManager em;

    @Inject
    Availabilities availability;
    @Inject
    DataGrid grid;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seedFromDatabase() {
        loads = grid.map(LOADS);
        member = grid.memberId();
        Map<String, Map<String, Integer>> open = new HashMap<>();
        em.createQuery("select c.shopId, c.agent.username, count(c) from Conversation c"
                + " where c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN and c.agent is not null"
                + " group by c.shopId, c.agent.username", Object[].class)
                .getResultList()
                .forEach(row -> open.computeIfAbsent((String) row[0], shop -> new HashMap<>())
                        .put((String) row[1], ((Number) row[2]).intValue()));
        em.createNamedQuery(Shop.findAll, Shop.class).getResultList().forEach(shop ->
                loads.update(shop.id(), new SlotChange.Seed(shop.chatCap(), Map.copyOf(open.getOrDefault(shop.id(), Map.of())))));
    }

    /**
     * The first of the ranked agents who has room, with the slot taken (unsettled until {@link #settle}); empty
     * at the cap or when all are full.
     */
    public Optional<Agent> admit(String shopId, List<Agent> ranked) {
        String taken = loads.update(shopId, new SlotChange.Admit(member,
                ranked.stream().map(Capacity::candidate).toList()));
        if (taken == null) {
            return Optional.empty();
        }
        availability.changed(shopId);
        return ranked.stream().filter(agent -> agent.username().equals(taken)).findFirst();
    }

    /** The start that took the agent's slot is committing: the slot no longer belongs to this instance's fate. */
    public void settle(String shopId, String agent) {
        loads.update(shopId, new SlotChange.AgentSlot(SlotChange.AgentSlot.Step.SETTLE, member, agent));
    }

    /*
     * unwind, release and retake are SUPPORTS, not the class's NOT_SUPPORTED: SlotReleases calls them in
     * afterCompletion, and when the transaction also sent a JMS message (a webhook, an offline mail: two resources)
     * it is still on the thread then; suspending and resuming that completed transaction threw after the slot was
     * given back (InvalidTransactionException, a stack trace in the log). They do not touch the database.
     */
    /** The start that took the agent's slot rolled back before it settled. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void unwind(String shopId, String agent) {
        loads.update(shopId, new SlotChange.AgentSlot(SlotChange.AgentSlot.Step.UNWIND, member, agent));
        availability.changed(shopId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void release(String shopId, String agent) {
        loads.update(shopId, new SlotChange.AgentSlot(SlotChange.AgentSlot.Step.RELEASE, member, agent));
        availability.changed(shopId);
    }

    /** Gives back a slot a rolled-back move took away, even above the agent's maximum: the chat is still theirs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void retake(String shopId, String agent) {
        loads.update(shopId, new SlotChange.AgentSlot(SlotChange.AgentSlot.Step.RETAKE, member, agent));
        availability.changed(shopId);
    }

    /** Moves a slot from one agent to another (transfer, re-routing) if the new one has room. */
    public boolean move(String shopId, String from, Agent to) {
        boolean moved = loads.update(shopId, new SlotChange.Move(from, candidate(to)));
        if (moved) {
            availability.changed(shopId);
        }
        return moved;
    }

    /** The shop's open chats per agent and its cap, consistent with each other. */
    public OpenChats snapshot(String shopId) {
        return loads.update(shopId, new SlotChange.Read());
    }

    public int openChats(String shopId, String agent) {
        return snapshot(shopId).openOf(agent);
    }

    public int openChats(String shopId) {
        return snapshot(shopId).total();
    }

    public Integer cap(String shopId) {
        return snapshot(shopId).cap();
    }

    public void changeCap(String shopId, Integer cap) {
        loads.update(shopId, new SlotChange.ChangeCap(cap));
        availability.changed(shopId);
    }

    /** G4: the lead gives back the slots a departed instance took for starts that never committed. */
    public void memberLeft(@Observes MemberLeft left) {
        if (!grid.isLead()) {
            return;
        }
        Map<String, Integer> given = loads.updateEvery(new SlotChange.ForgetMember(left.memberId()));
        given.forEach((shopId, slots) -> {
            LOG.warning(slots + " slot(s) of shop " + shopId + " taken by departed member " + left.memberId()
                    + " for starts that never committed were given back");
            availability.changed(shopId);
        });
    }

    private static SlotChange.Candidate candidate(Agent agent) {
        return new SlotChange.Candidate(agent.username(), agent.maxChats());
    }
}
