/**
 * Offline: what shoppers leave when they do not chat — a message or a call-back request — mailed to the
 * shop through JMS, and the opening hours that decide when chat is offered.
 *
 * <p>Decisions:
 * <ul>
 * <li>O1 A message is stored and its mails (the team's copy with reply-to the shopper, the shopper's
 * confirmation) are composed into the outbox and put on the queue in one JTA transaction: Artemis' XA
 * session joins it, so the widget's acknowledgement (sent after the commit) means both happened.</li>
 * <li>O2 The message-driven bean sends a mail and marks it sent in the transaction that consumes its JMS
 * message; the outbox id is the JMS body and the mail's Message-ID. A redelivered message finds the mail sent
 * and sends nothing. Left open: SMTP accepted the mail but the server died before the commit — then the mail
 * goes out again with the same Message-ID, which lets the receiver recognise the repeat.</li>
 * <li>O3 Retries are the application's: a failed attempt is recorded and the next one queued with the next
 * delay from {@code shopfloor.mail.retry-delays}; after the last the mail is DEAD and its id parked in the
 * dead-letter queue until someone presses retry. The broker's own redelivery (on rollback) only covers
 * failures the application cannot record, e.g. the database being away.</li>
 * <li>O4 No mail server configured: mails are kept as NOT_CONFIGURED, shown so, never reported as sent.</li>
 * <li>O5 Opening hours are per team (none: always open) with holidays for the whole shop. Agents of a closed
 * team take no chats; a shop where every team is closed reports CLOSED with the next opening.
 * {@code BusinessHours} keeps each shop's hours in memory (routing asks per decision); {@code OpeningWatch}
 * pushes every opening and closing to the widgets.</li>
 * <li>O6 The broker is its own process (the broker module) for the one-command run and the tests, an external
 * Artemis in production; the resource adapter reaches it by SHOPFLOOR_BROKER_HOST/PORT.</li>
 * <li>O7 Nobody has verified the address a shopper types: mails to it (the confirmation of a message or a
 * call-back, an agent's answer) hold only the shop's fixed words and the agent's, never the shopper's name,
 * message or phone number, so the form cannot relay anyone's text to anyone. The team's copy keeps
 * everything: it goes to the shop.</li>
 * <li>O8 {@code ContactLimits}: messages and call-backs per visitor, per e-mail address or phone number and
 * per client address within sliding windows (MicroProfile Config, defaults 5 / 5 / 100 an hour). A refused
 * one is neither stored nor mailed; a resend of a stored one is no new message. Counted in memory, per
 * instance: in a cluster each instance allows as many.</li>
 * </ul>
 */
package nl.shopfloor.offline;
