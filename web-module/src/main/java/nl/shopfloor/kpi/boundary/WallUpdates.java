package nl.shopfloor.kpi.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.shopfloor.grid.DataGrid;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.PresenceChanged;
import nl.shopfloor.capacity.control.AvailabilityChanged;
import nl.shopfloor.chat.control.ConversationClosed;
import nl.shopfloor.chat.control.ConversationRerouted;
import nl.shopfloor.chat.control.ConversationStarted;
import nl.shopfloor.chat.control.MessageStored;
import nl.shopfloor.chat.control.UnansweredChanged;
import nl.shopfloor.chat.entity.Sender;
import nl.shopfloor.kpi.control.WallFigures;

/**
 * Sends a new snapshot to a shop's walls when something they show was committed. A burst (a chat start takes
 * a slot, stores a message and changes capacity) becomes one update: the first change schedules it a second
 * later, and changes until then ride along. The figures are read on the managed executor, never in
 * afterCompletion. In a cluster the other instances hear of a change a debounce later (G3) and update their walls.
 */
@ApplicationScoped
public class WallUpdates {

    static final long DEBOUNCE_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(WallUpdates.class.getName());

    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final Set<String> toTell = ConcurrentHashMap.newKeySet();

    @Inject
    WallStreams streams;
    @Inject
    WallFigures figures;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    DataGrid grid;

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationStarted event) {
        changed(event.conversation().shopId());
    }

    /** Only an agent's message can be a first answer; shoppers' messages change nothing on the wall. */
    void messageStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored event) {
        if (event.message().sender() == Sender.AGENT) {
            changed(event.message().conversation().shopId());
        }
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationClosed event) {
        changed(event.conversation().shopId());
    }

    void rerouted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationRerouted event) {
        changed(event.conversation().shopId());
    }

    void unanswered(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnansweredChanged event) {
        changed(event.shopId());
    }

    void presence(@Observes(during = TransactionPhase.AFTER_SUCCESS) PresenceChanged event) {
        changed(event.shopId());
    }

    /** Computed by every instance for itself: nobody else needs telling. */
    void availability(@Observes AvailabilityChanged event) {
        changedHere(event.shopId());
    }

    void changedElsewhere(@Observes WallChanged notice) {
        changedHere(notice.shopId());
    }

    /** Committed here: this instance's walls and, once a debounce later, the other instances' walls. */
    private void changed(String shopId) {
        changedHere(shopId);
        if (grid.isClustered() && toTell.add(shopId)) {
            scheduler.schedule(() -> {
                toTell.remove(shopId);
                grid.tellOthers(new WallChanged(shopId));
            }, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void changedHere(String shopId) {
        if (streams.isWatched(shopId) && scheduled.add(shopId)) {
            scheduler.schedule(() -> push(shopId), DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void push(String shopId) {
        // Before reading: a change committed while we read schedules the next update instead of being lost.
        scheduled.remove(shopId);
        try {
            streams.broadcast(figures.of(shopId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "wall update of shop " + shopId + " failed", e);
        }
    }
}
