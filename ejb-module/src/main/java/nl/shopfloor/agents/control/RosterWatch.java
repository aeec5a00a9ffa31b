package nl.shopfloor.agents.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.grid.DataGrid;

/**
 * Moves rostered agents between chat, phone and e-mail as their shifts begin and end. Shifts start on whole
 * minutes, so looking every 15 seconds changes presence within 15 seconds of the roster's time.
 * Each shop in its own transaction.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class RosterWatch {

    private static final Logger LOG = Logger.getLogger(RosterWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Rosters rosters;
    @Inject
    DataGrid grid;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void startWatching() {
        ticking = scheduler.scheduleWithFixedDelay(this::followRosters, 2, 15, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopWatching() {
        ticking.cancel(false);
    }

    void followRosters() {
        if (!grid.isLead()) {
            return; // G2: the lead follows the rosters for the cluster
        }
        try {
            for (String shopId : rosters.shopIds()) {
                try {
                    rosters.follow(shopId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not apply the roster of shop " + shopId + "; trying again next round", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look at the rosters", e);
        }
    }
}
