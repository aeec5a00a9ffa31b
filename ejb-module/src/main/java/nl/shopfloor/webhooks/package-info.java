/**
 * Webhooks: the shop's backend hears about conversations, messages, contact messages, call-back requests and survey
 * answers as they happen, by signed HTTP POSTs delivered through the broker with retries (issue 9, "Shop API").
 *
 * <p>Decisions:
 * <ul>
 * <li>W1 A subscription belongs to a shop: an http(s) address, the events it wants (conversation.started,
 * conversation.closed, message.created, contact_message.created, callback.requested, survey.answered), a signing
 * secret ({@code whsec_} + 256 random bits, shown to the admin when made and when rotated, kept as it is because
 * every delivery is signed with it), enabled or not. At most 20 per shop. Admins manage them on the dashboard, the
 * shop's backend through the shop API by its own id ({@code ref}: the id itself for one made on the dashboard). One made
 * disabled is sent its challenge when switched on.</li>
 * <li>W2 Never shopper text to an unverified address: a new or changed address gets a {@code webhook.verification}
 * POST with a random challenge and receives events only after a 2xx answer whose body holds the challenge. Refused:
 * other schemes, user info, fragments, and (unless {@code shopfloor.webhooks.allow-private-addresses}) a host with any
 * loopback, private, link-local, unique-local, CGNAT, multicast or unspecified address — when saved and again before
 * each attempt. Redirects are never followed. Left open: DNS can answer differently between our check and the
 * HTTP client's own look-up (rebinding); closing that needs a client that connects to the checked address.</li>
 * <li>W3 Every POST carries {@code Shopfloor-Event}, {@code Shopfloor-Delivery} (the same on every attempt, for
 * de-duplication) and {@code Shopfloor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}
 * (docs/webhooks.md).</li>
 * <li>W4 A transactional outbox: deliveries are written in the transaction of the business event, one per receiving
 * subscription, and only for shops that have one — {@code Receivers} keeps that answer in memory (10 s in a cluster).
 * The delivery id goes on the JMS queue after the commit, so the broker is never part of a chat's transaction; a
 * message lost then is queued again by {@code DeliveryWatch} a minute after it was due. A failure while recording is
 * logged and never fails the chat. Each business event has one owner that fires it (chat: ConversationStarted,
 * MessageStored, ConversationClosed, SurveyAnswered; offline: ContactMessageStored); {@code WebhookEvents} only
 * observes. A chat that waited for its chosen agent and is handed over later is no second conversation.started.
 * Messages from Shopfloor itself are no message.created.</li>
 * <li>W5 Delivery like the mails (offline O2, O3): the MDB (at most 4 sessions) makes one attempt per message under a
 * row lock, 5 s to connect and 10 s to answer; 2xx delivers; anything else is recorded (status code or error) and the
 * next attempt queued after the next wait of {@code shopfloor.webhooks.retry-delays} (PT10S,PT1M,PT5M,PT30M,PT2H,PT6H);
 * after the last the delivery is PARKED until an admin presses retry, which starts a fresh series. A duplicate message
 * finds the delivery not due and does nothing. The broker's dead-letter queue only takes messages the application
 * cannot even handle; the database is the delivery log.</li>
 * <li>W6 The body is {@code {id, apiVersion:"v1", type, createdAt, shop, data}}; agents appear by public id, the
 * customer by the shop's own id when the visitor is linked.</li>
 * <li>W7 The dashboard's webhooks page (admins): subscriptions with their verification state, test event, rotate,
 * verify again, edit, delete; the delivery log newest first, paged, by status, with retry for failed deliveries.</li>
 * <li>W8 Deliveries are deleted after 30 days (hourly, batches of 500), and with the shopper when privacy erases them
 * (by conversation, visitor or contact message id on the row).</li>
 * </ul>
 */
package nl.shopfloor.webhooks;
