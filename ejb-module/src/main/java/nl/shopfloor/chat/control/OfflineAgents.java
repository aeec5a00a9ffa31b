package nl.shopfloor.chat.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.control.PresenceChanged;
import nl.shopfloor.agents.entity.AgentStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An agent who goes offline and stays offline hands their open chats to colleagues (C8). A reload closes and
 * reopens the dashboard within a second, so only an agent still offline after the grace period loses their chats.
 */
@ApplicationScoped
public class OfflineAgents {

    private static final Logger LOG = Logger.getLogger(OfflineAgents.class.getName());

    @Inject
    Agents agents;
    @Inject
    Presence presence;
    @Inject
    Handovers handovers;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "shopfloor.offline-grace-seconds", defaultValue = "10")
    int graceSeconds;

    void presenceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PresenceChanged event) {
        if (event.effectiveStatus() != AgentStatus.OFFLINE) {
            return;
        }
        try {
            scheduler.schedule(() -> rerouteIfStillOffline(event.username()), graceSeconds, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warning("Could not schedule the hand-over of " + event.username() + "'s chats; the response watch still follows them up");
        }
    }

    void rerouteIfStillOffline(String username) {
        try {
            agents.find(username)
                    .filter(agent -> presence.effectiveStatus(agent) == AgentStatus.OFFLINE)
                    .ifPresent(agent -> handovers.rerouteChatsOf(username));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Handing over the chats of " + username + " failed: " + e);
        }
    }
}
