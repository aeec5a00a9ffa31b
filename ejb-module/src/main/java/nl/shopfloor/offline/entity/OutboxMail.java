package nl.shopfloor.offline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail, rendered when it is queued and kept until it is sent (and after, as the record of it). Its id
 * is the JMS message's body and the mail's Message-ID, so a redelivered message never sends a second mail
 * and a receiver can recognise a repeat.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.findByShop, query = "select m from OutboxMail m where m.shopId = :shop order by m.createdAt desc")
public class OutboxMail {

    public static final String findByShop = "OutboxMail.findByShop";
    private static final int MAX_ERROR = 1000;

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "contact_message_id", length = 40)
    private String contactMessageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailPurpose purpose;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "reply_to", length = 254)
    private String replyTo;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(String id, String shopId, String contactMessageId, MailPurpose purpose, String recipient, String replyTo,
                      String subject, String body, String language, Instant createdAt) {
        this.id = id;
        this.shopId = shopId;
        this.contactMessageId = contactMessageId;
        this.purpose = purpose;
        this.recipient = recipient;
        this.replyTo = replyTo;
        this.subject = subject;
        this.body = body;
        this.language = language;
        this.status = MailStatus.QUEUED;
        this.createdAt = createdAt;
    }

    /** Whether this delivery attempt should go ahead; false once the mail went out (a redelivered message). */
    public boolean awaitsSending() {
        return status == MailStatus.QUEUED || status == MailStatus.NOT_CONFIGURED;
    }

    public void sent(Instant at) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    public void failed(String error, boolean lastAttempt) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
        status = lastAttempt ? MailStatus.DEAD : MailStatus.QUEUED;
    }

    public void keptForLackOfAMailServer() {
        status = MailStatus.NOT_CONFIGURED;
    }

    /** Someone asked to try again: a fresh series of attempts. */
    public void requeue() {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("Already sent");
        }
        status = MailStatus.QUEUED;
        attempts = 0;
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String contactMessageId() {
        return contactMessageId;
    }

    public MailPurpose purpose() {
        return purpose;
    }

    public String recipient() {
        return recipient;
    }

    public String replyTo() {
        return replyTo;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String language() {
        return language;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
