package nl.shopfloor.offline.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import nl.shopfloor.capacity.control.Availabilities;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds the clock may have opened or closed a shop or a team: availability is computed again for
 * every shop (and pushed only where it changed), so widgets switch without polling.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class OpeningWatch {

    private static final Logger LOG = Logger.getLogger(OpeningWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Availabilities availabilities;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void startWatching() {
        ticking = scheduler.scheduleWithFixedDelay(this::look, 3, 15, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopWatching() {
        ticking.cancel(false);
    }

    void look() {
        try {
            availabilities.changedAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look at the opening hours; trying again next round", e);
        }
    }
}
