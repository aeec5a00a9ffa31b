package nl.shopfloor.notifications.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import nl.shopfloor.notifications.entity.NotificationChoice;
import nl.shopfloor.notifications.entity.NotificationKind;

/** What each agent wants to be notified of (N2); an agent who never chose gets everything, with sound. */
@Stateless
public class NotificationChoices {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public NotificationChoice of(String username) {
        NotificationChoice stored = em.find(NotificationChoice.class, username);
        return stored == null ? NotificationChoice.everything(username) : stored;
    }

    public NotificationChoice choose(String username, Set<NotificationKind> kinds, boolean sound) {
        NotificationChoice choice = em.find(NotificationChoice.class, username);
        if (choice == null) {
            choice = new NotificationChoice(username);
            choice.choose(kinds, sound, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            em.persist(choice);
        } else {
            choice.choose(kinds, sound, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        }
        return choice;
    }
}
