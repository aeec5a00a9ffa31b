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
 * </ul>
 * Not yet: attribution of orders to chats, webhooks, KPIs (issue 9).
 */
package nl.shopfloor.commerce;
