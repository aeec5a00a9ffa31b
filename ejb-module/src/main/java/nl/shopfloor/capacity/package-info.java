/**
 * Capacity: the shop never promises more chat than its team can answer, and it is the one owner of a shop's
 * availability.
 *
 * <ul>
 * <li>K1 A chat is admitted only below the shop's cap (set by a supervisor; none = no shop-wide cap) and to
 * an agent below their own maximum; the effective cap is the lower of the two.</li>
 * <li>K2 {@code Capacity} is the single place that takes and frees slots: each shop's load is one entry, changed
 * only by a {@code SlotChange} applied to it atomically (in the data grid on the member that owns the shop, or in
 * this instance's memory), so the cap holds under any number of simultaneous starts on any number of instances.
 * Slots taken in a rolled-back transaction are given back; a slot admitted for a start is unsettled until the
 * start commits, so the lead gives back those of an instance that died mid-start (grid G4); a slot is freed
 * when the closing of its conversation commits.</li>
 * <li>K3 {@code Availabilities} is the one place that computes a shop's availability ({@code ShopAvailability}:
 * online, or why not — offline, capacity, closed with when it opens — plus free slots, load, who has room and
 * which teams)
 * and the only one that fires {@code AvailabilityChanged}. The cap, slot changes, presence, opening hours and an
 * agent's maximum only mark the shop (never blocking or failing their own operation; inside a transaction
 * the mark counts again at its completion); a tick (100 ms) computes each marked shop once and fires only when
 * the result differs. A burst of starts therefore becomes a few events with the latest state; the web tier
 * pushes them to widgets, team pages, personal buttons and dashboards. Routing asks it who is on duty.</li>
 * <li>K4 A widget that says hello joins the shop's pushes first and then computes the availability afresh
 * ({@code now}) for its welcome, without storing it as the last computed one: no change after the join can pass
 * it by (the next tick sends it), and no hello changes what the others are told.</li>
 * </ul>
 * The counts are seeded from the database by the first instance to count a shop. Every instance computes the
 * availability its own widgets and dashboards see, from the shared counts and presence; the others learn which
 * shops to compute through {@code ShopsMarked} (grid G3).
 */
package nl.shopfloor.capacity;
