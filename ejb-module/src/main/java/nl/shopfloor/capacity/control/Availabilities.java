package nl.shopfloor.capacity.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.control.PresenceChanged;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.grid.DataGrid;
import nl.shopfloor.offline.control.BusinessHours;
import nl.shopfloor.offline.control.HoursNow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one owner of a shop's availability (K3). Whatever may change it — a slot taken or freed, presence, the cap,
 * an agent's maximum, opening hours — only marks the shop ({@link #changed}); that cannot block or fail the
 * business operation that caused it. Every tick, the marked shops are computed once and {@link AvailabilityChanged}
 * is fired for each whose availability differs from the last one: a burst of a hundred chat starts becomes a
 * few events carrying the latest state. Marks made inside a transaction count again once it completes, so the
 * computation sees what was committed. In a cluster every instance computes the shops for its own widgets and
 * dashboards: a tick first tells the other instances which shops changed here ({@link ShopsMarked}, G3).
 */
@ApplicationScoped
public class Availabilities {

    private static final Logger LOG = Logger.getLogger(Availabilities.class.getName());

    final Set<String> marked = ConcurrentHashMap.newKeySet();
    /** Marked by a change on this instance: the other instances are told at the next tick. */
    private final Set<String> toTell = ConcurrentHashMap.newKeySet();
    private final Map<String, ShopAvailability> last = new ConcurrentHashMap<>();
    private ScheduledFuture<?> ticking;

    @Inject
    Agents agents;
    @Inject
    Presence presence;
    @Inject
    BusinessHours hours;
    @Inject
    Capacity capacity;
    @Inject
    Event<AvailabilityChanged> availabilityChanged;
    @Inject
    DataGrid grid;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "shopfloor.availability-tick-millis", defaultValue = "100")
    long tickMillis;

    @PostConstruct
    void startTicking() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopTicking() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** The shop's availability may have changed. Never throws, never waits. */
    public void changed(String shopId) {
        mark(shopId);
        if (transactions == null || transactions.getTransactionKey() == null) {
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    mark(shopId);
                }
            });
        } catch (IllegalStateException completing) {
            // already marked above
        }
    }

    /** Every shop computed so far, e.g. when the clock may have opened or closed one. */
    public void changedAll() {
        marked.addAll(last.keySet());
    }

    void presenceChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) PresenceChanged event) {
        mark(event.shopId());
    }

    /** From another instance, on the grid's one delivery thread: only marks. */
    void markedElsewhere(@Observes ShopsMarked notice) {
        marked.addAll(notice.shopIds());
    }

    private void mark(String shopId) {
        marked.add(shopId);
        toTell.add(shopId);
    }

    /**
     * Computed now, for a widget or dashboard that opens: what it is told first is never older than what it
     * asks about. Does not count as the last computed state, so the next tick still tells everyone of a change.
     */
    public ShopAvailability now(String shopId) {
        return compute(shopId, agents.ofShop(shopId));
    }

    /** Online, within their team's hours: counts as present for chats, with or without room. */
    public boolean isOnDuty(Agent agent) {
        return !onDuty(agent.shopId(), List.of(agent)).isEmpty();
    }

    /** Those of the shop's agents on duty ({@link #isOnDuty}), asking presence and the hours once for all of them. */
    public List<Agent> onDuty(String shopId, List<Agent> team) {
        HoursNow hoursNow = hours.now(shopId);
        return presence.online(team.stream().filter(Agent::takesChats).toList()).stream().filter(hoursNow::isOpenFor).toList();
    }

    /** On duty and below their own maximum: a chat for this agent can start now (the shop's cap aside). */
    public boolean canTakeChat(Agent agent) {
        return isOnDuty(agent) && capacity.openChats(agent.shopId(), agent.username()) < agent.maxChats();
    }

    void tick() {
        tellOthers();
        for (String shopId : List.copyOf(marked)) {
            marked.remove(shopId);
            try {
                List<Agent> team = agents.ofShop(shopId);
                ShopAvailability now = compute(shopId, team);
                ShopAvailability before = last.put(shopId, now);
                if (!now.equals(before)) {
                    availabilityChanged.fire(new AvailabilityChanged(before, now, team));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Availability of shop " + shopId + " failed; trying again next tick: " + e);
                marked.add(shopId);
            }
        }
    }

    private void tellOthers() {
        if (toTell.isEmpty() || grid == null) {
            return;
        }
        Set<String> told = Set.copyOf(toTell);
        toTell.removeAll(told);
        if (grid.isClustered()) {
            grid.tellOthers(new ShopsMarked(told));
        }
    }

    ShopAvailability compute(String shopId, List<Agent> team) {
        boolean open = hours.isShopOpen(shopId);
        OpenChats load = capacity.snapshot(shopId);
        Set<String> available = new TreeSet<>();
        Set<String> teamsWithRoom = new TreeSet<>();
        int onDuty = 0;
        int dutySlots = 0;
        int agentRoom = 0;
        for (Agent agent : onDuty(shopId, team)) {
            onDuty++;
            dutySlots += agent.maxChats();
            int room = agent.maxChats() - load.openOf(agent.username());
            if (room > 0) {
                available.add(agent.username());
                agentRoom += room;
                if (agent.team() != null) {
                    teamsWithRoom.add(agent.team().id());
                }
            }
        }
        int free = load.cap() == null ? agentRoom : Math.min(agentRoom, Math.max(0, load.cap() - load.total()));
        Availability state = !open ? Availability.CLOSED
                : onDuty == 0 ? Availability.OFFLINE
                : free > 0 ? Availability.ONLINE : Availability.CAPACITY;
        return new ShopAvailability(shopId, state, free, load.total(), load.cap(), dutySlots,
                available, teamsWithRoom,
                state == Availability.CLOSED ? hours.nextOpening(shopId).orElse(null) : null);
    }
}
