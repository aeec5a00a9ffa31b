package nl.shopfloor.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.capacity.control.AvailabilityChanged;

/** Chats that wait for the person the shopper chose go to that person as soon as they can take one (C7). */
@ApplicationScoped
public class WaitingChats {

    private static final Logger LOG = Logger.getLogger(WaitingChats.class.getName());

    @Inject
    Conversations conversations;

    void availabilityChanged(@Observes AvailabilityChanged event) {
        if (!event.current().canChat()) {
            return;
        }
        try {
            conversations.offerWaiting(event.shopId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not offer waiting chats of shop " + event.shopId() + "; next change tries again: " + e);
        }
    }
}
