package nl.shopfloor.capacity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.entity.Shop;

/**
 * The one place that hands out chat slots, so the shop never promises more chat than its team can answer:
 * a chat is admitted only below the shop's cap and to an agent below their own maximum. Every change goes
 * under one lock, so the cap holds however many chats start at once. The counts live in memory and
 * are rebuilt from the database at start; callers release a slot when a conversation closes or when the
 * transaction that took it rolls back. Every change marks the shop for {@link Availabilities}, which decides
 * whether its availability changed. Clustering later replaces the maps with the data grid's.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Capacity {

    private final Map<String, ShopLoad> shops = new HashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Availabilities availability;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    synchronized void rebuildFromDatabase() {
        em.createNamedQuery(Shop.findAll, Shop.class).getResultList()
                .forEach(shop -> shops.put(shop.id(), new ShopLoad(shop.chatCap())));
        List<Object[]> open = em.createQuery("select c.shopId, c.agent.username from Conversation c"
                + " where c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN and c.agent is not null", Object[].class)
                .getResultList();
        open.forEach(row -> loadOf((String) row[0]).take((String) row[1]));
    }

    /** The first of the ranked agents who has room, with the slot taken; empty at the cap or when all are full. */
    public Optional<Agent> admit(String shopId, List<Agent> ranked) {
        Optional<Agent> admitted = take(shopId, ranked);
        admitted.ifPresent(agent -> availability.changed(shopId));
        return admitted;
    }

    private synchronized Optional<Agent> take(String shopId, List<Agent> ranked) {
        ShopLoad load = loadOf(shopId);
        if (!load.belowCap()) {
            return Optional.empty();
        }
        for (Agent agent : ranked) {
            if (load.openOf(agent.username()) < agent.maxChats()) {
                load.take(agent.username());
                return Optional.of(agent);
            }
        }
        return Optional.empty();
    }

    public void release(String shopId, String agent) {
        synchronized (this) {
            loadOf(shopId).free(agent);
        }
        availability.changed(shopId);
    }

    /** Gives back a slot a rolled-back move took away, even above the agent's maximum: the chat is still theirs. */
    public void retake(String shopId, String agent) {
        synchronized (this) {
            loadOf(shopId).take(agent);
        }
        availability.changed(shopId);
    }

    /** Moves a slot from one agent to another (transfer, re-routing) if the new one has room. */
    public boolean move(String shopId, String from, Agent to) {
        synchronized (this) {
            ShopLoad load = loadOf(shopId);
            if (load.openOf(to.username()) >= to.maxChats()) {
                return false;
            }
            load.free(from);
            load.take(to.username());
        }
        availability.changed(shopId);
        return true;
    }

    /** The shop's open chats per agent and its cap, consistent with each other. */
    public synchronized OpenChats snapshot(String shopId) {
        return loadOf(shopId).snapshot();
    }

    public synchronized int openChats(String shopId, String agent) {
        return loadOf(shopId).openOf(agent);
    }

    public synchronized int openChats(String shopId) {
        return loadOf(shopId).total();
    }

    public synchronized Integer cap(String shopId) {
        return loadOf(shopId).cap();
    }

    public void changeCap(String shopId, Integer cap) {
        synchronized (this) {
            loadOf(shopId).cap(cap);
        }
        availability.changed(shopId);
    }

    private ShopLoad loadOf(String shopId) {
        return shops.computeIfAbsent(shopId, id -> new ShopLoad(null));
    }
}
