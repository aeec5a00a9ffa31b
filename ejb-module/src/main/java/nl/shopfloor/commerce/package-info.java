/**
 * Commerce: the shops using Shopfloor (allowed page origins, languages, question types), their API keys, and the
 * customers and orders they push through {@code /api/v1}.
 *
 * <p>Decisions:
 * <ul>
 * <li>M1 A shop's API keys are made, named, scoped (read, or write which includes read), rotated and revoked by
 * its admins ({@code ApiKeys}). A key is {@code sfk_<id>_<secret>}: 256 random bits of secret, shown once, kept only
 * as its SHA-256 and compared in constant time. Keys open {@code /api/v1} only, agent sessions never do; every
 * call is logged with its key's id.</li>
 * <li>M2 Customers and orders are upserted by the shop's own ids ({@code ref}); an upsert is the whole record
 * (an order's lines included). A batch is one transaction: all or nothing, or only its valid items, as the
 * caller asks; a bad item is reported by its index and stores nothing of itself.</li>
 * <li>M3 The shop signs who is logged in: {@code <shop>:<customer>:<unix seconds>} under its identify secret
 * (HMAC-SHA256, one per shop, rotated by admins); a claim is good for an hour, a minute of clock skew allowed
 * ({@code IdentifyClaims}).</li>
 * <li>M4 Beside each chat the agent it is assigned to (and nobody else: unknown and foreign ids get the same
 * answer, chat C4) sees the customer panel ({@code CustomerPanels}), read from our database only, never from the
 * shop: the shop's customer if the visitor is linked (C17), else the name and e-mail given in the chat; the lifetime
 * value the shop gave, else the sum excl. VAT of the orders that count as revenue, in the newest order's currency
 * (a shop sells in one currency, as the KPIs assume); the newest 20 orders with their lines; the newest 10 earlier
 * chats and contact messages. A shopper's orders are those with their customer id or with any visitor id (device)
 * linked to it; without a login those of the visitor. A constant number of indexed queries per panel.</li>
 * <li>M5 Lifecycle stage ({@code LifecycleStage}), from the orders that count as revenue: new when there is none or
 * the first is less than 30 days old; lost when the last is 365 days old or more; at risk at 90 days; else active.
 * Those are the defaults: each shop sets its own days ({@code LifecycleThresholds}, 1 to 3650, at risk before lost)
 * on the dashboard's privacy and data page.</li>
 * <li>M6 Relational buyer ({@code RelationalBuyer}): at least 3 earlier chats (of the 10 listed) on at least 2
 * question types, and a lifetime value above 5 times the shop's average order value (excl. VAT, last 365 days,
 * re-read at most every 10 minutes, {@code AverageOrderValues}). Chat length is left out: a long chat says as much
 * about a slow answer as about the shopper.</li>
 * </ul>
 * Webhooks have their own component ({@code nl.shopfloor.webhooks}). Not yet: per-shop lifecycle thresholds (issue 9).
 */
package nl.shopfloor.commerce;
