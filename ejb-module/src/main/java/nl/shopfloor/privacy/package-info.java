/**
 * Privacy: everything Shopfloor holds about one shopper, exported or erased on the shop's request (issue 9).
 *
 * <ul>
 * <li>P1 A shopper is named by an e-mail address, the shop's customer id or a visitor id. What belongs to them: the
 * visitors so named (by id, by their customer link, by the e-mail address they gave in a chat or contact form), their
 * conversations with messages and surveys, their contact messages and the mails sent about them, the webhook deliveries
 * about any of these (their payloads hold the shopper's words), the shop's customer
 * records (by id, by e-mail, or linked to one of the visitors), the orders of those visitors and customers, and the
 * invites their visitors were offered (invites I8).</li>
 * <li>P2 Erasure deletes all of it in one transaction, except the orders: they are the shop's bookkeeping, so they
 * lose their link to the shopper (visitor and customer id) and keep their amounts and credit, and the KPIs of the past
 * stay as they were. Routing forgets the erased chats' ratings and conversions at once (routing R5: what it learned
 * needs the chat's topic).</li>
 * <li>P3 Every export and erasure is audited: who (API key or agent), when, what kind of subject and how much was
 * found. The subject itself only as its SHA-256, so the audit keeps no address of an erased shopper.</li>
 * <li>P4 Retention per shop ({@code RetentionPolicy}, {@code Retention}): closed chats that started more than N months
 * ago are anonymised — messages' text, the pre-chat name and e-mail address, the page URL's query string and
 * fragment, survey comments — and so are visitors last seen more than N months ago (name, e-mail address, customer
 * link; their invite exposures keep only the random visitor id); contact messages and call-back requests older than M months are deleted with their outbox mails. Kept:
 * ids, times, agent, topic, status, ratings and the orders' credits, so the KPIs of past periods stay as they were.
 * N and M are 1 to 120 months, whole days in the shop's time zone; each is off (null) by default, since how long a
 * shop must or may keep its customers' words is its legal call. A nightly {@code @Schedule} and the admin's
 * "apply now" run the same code, one run at a time, in batches of 500 rows per transaction, each batch taking only
 * rows not yet done (idempotent, and a run broken off goes on next time); one log line and one audit entry with the
 * counts per shop and run. Measured on the shared 2-core test machine (MariaDB): 20,000 old chats with 40,000
 * messages and their 20,000 visitors in 7.6 s, about 95 ms a batch. "Apply now" runs in the admin's request: fine for a
 * night's or a month's worth, but a shop's very first run over years of chats is better left to the night.</li>
 * </ul>
 * The dashboard's privacy page (admins only) finds a shopper, shows how much is held ({@code Shoppers.preview}, not
 * audited: counts only), downloads the same export as the API, erases after a confirmation, and pages through the
 * audit. The audit's summaries are stored English text, as a log is.
 * <p>System tests move the server's clock with {@code MovableClock} (only with {@code SHOPFLOOR_TEST_CLOCK=true}) to
 * make old data through the real paths.
 */
package nl.shopfloor.privacy;
