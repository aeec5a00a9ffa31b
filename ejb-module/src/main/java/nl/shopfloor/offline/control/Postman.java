package nl.shopfloor.offline.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.offline.entity.OutboxMail;

/**
 * Delivers one queued mail, in the transaction that consumes its JMS message: the mail is marked sent, or
 * its failure recorded and the next attempt queued with a growing delay, or after the last attempt parked
 * in the dead-letter queue — together with consuming the message, or not at all.
 */
@Stateless
public class Postman {

    private static final Logger LOG = Logger.getLogger(Postman.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailServer server;

    @Inject
    MailQueue queue;

    @Inject
    Clock clock;

    public void deliver(String mailId) {
        OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.awaitsSending()) {
            // Sent already: this is a redelivery, and the receiver gets nothing twice.
            return;
        }
        if (!server.isConfigured()) {
            mail.keptForLackOfAMailServer();
            return;
        }
        try {
            server.send(mail);
            mail.sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            List<Duration> delays = server.retryDelays();
            boolean lastAttempt = mail.attempts() >= delays.size();
            mail.failed(describe(e), lastAttempt);
            if (lastAttempt) {
                queue.park(mail.id());
                LOG.log(Level.WARNING, "Mail " + mail.id() + " parked in the dead-letter queue after " + mail.attempts() + " attempts: " + describe(e));
            } else {
                queue.enqueue(mail.id(), delays.get(mail.attempts() - 1));
                LOG.log(Level.INFO, "Mail " + mail.id() + " not sent (attempt " + mail.attempts() + "), trying again in "
                        + delays.get(mail.attempts() - 1) + ": " + describe(e));
            }
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && text.length() < 800; cause = cause.getCause()) {
            text.append(" / ").append(cause.getMessage());
        }
        return text.toString();
    }
}
