package nl.shopfloor.offline.entity;

/**
 * QUEUED: on the JMS queue, possibly between attempts. SENT: the SMTP server accepted it. NOT_CONFIGURED: kept
 * because no mail server is configured. DEAD: every attempt failed; parked in the dead-letter queue until
 * someone retries it.
 */
public enum MailStatus {
    QUEUED, SENT, NOT_CONFIGURED, DEAD
}
