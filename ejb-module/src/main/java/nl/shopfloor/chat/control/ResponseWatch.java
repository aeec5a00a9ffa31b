package nl.shopfloor.chat.control;

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
 * Looks once a second at every chat nobody answered yet and lets {@link FollowUps#followUp} take the
 * next step. Each chat is handled in its own transaction, so one failure never holds up the others.
 * A managed scheduled executor rather than an EJB timer: Micro runs without the persistent timer service.
 */
@Singleton
@Startup
@DependsOn("Capacity")
public class ResponseWatch {

    private static final Logger LOG = Logger.getLogger(ResponseWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    FollowUps followUps;
    @Inject
    DataGrid grid;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void startWatching() {
        ticking = scheduler.scheduleWithFixedDelay(this::lookAtUnansweredChats, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopWatching() {
        ticking.cancel(false);
    }

    void lookAtUnansweredChats() {
        if (!grid.isLead()) {
            return; // G2: the lead follows up the whole cluster's chats
        }
        try {
            for (String id : followUps.dueIds()) {
                try {
                    followUps.followUp(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Follow-up of an unanswered chat failed; trying again next round", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look at unanswered chats", e);
        }
    }
}
