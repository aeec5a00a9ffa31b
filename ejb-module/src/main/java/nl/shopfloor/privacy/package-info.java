/**
 * Privacy: everything Shopfloor holds about one shopper, exported or erased on the shop's request (issue 9).
 *
 * <ul>
 * <li>P1 A shopper is named by an e-mail address, the shop's customer id or a visitor id. What belongs to them: the
 * visitors so named (by id, by their customer link, by the e-mail address they gave in a chat or contact form), their
 * conversations with messages and surveys, their contact messages and the mails sent about them, the webhook deliveries
 * about any of these (their payloads hold the shopper's words), the shop's customer
 * records (by id, by e-mail, or linked to one of the visitors), and the orders of those visitors and customers.</li>
 * <li>P2 Erasure deletes all of it in one transaction, except the orders: they are the shop's bookkeeping, so they
 * lose their link to the shopper (visitor and customer id) and keep their amounts and credit, and the KPIs of the past
 * stay as they were.</li>
 * <li>P3 Every export and erasure is audited: who (API key or agent), when, what kind of subject and how much was
 * found. The subject itself only as its SHA-256, so the audit keeps no address of an erased shopper.</li>
 * </ul>
 * Not yet: a retention schedule per shop, a dashboard page for exports and erasures.
 */
package nl.shopfloor.privacy;
