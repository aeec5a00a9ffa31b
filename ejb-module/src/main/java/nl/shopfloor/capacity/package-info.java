/**
 * Capacity: the shop never promises more chat than its team can answer, and it is the one owner of a shop's
 * availability.
 *
 * <ul>
 * <li>K1 A chat is admitted only below the shop's cap (set by a supervisor; none = no shop-wide cap) and to
 * an agent below their own maximum; the effective cap is the lower of the two.</li>
 * <li>K2 {@code Capacity} is the single place that takes and frees slots, under one lock: the cap holds
 * under any number of simultaneous starts. Slots taken in a rolled-back transaction are given back; a
 * slot is freed when the closing of its conversation commits.</li>
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
 * The counts live in memory, rebuilt from the database at start. With several instances the maps move to
 * the data grid (a later issue); the interface stays.
 */
package nl.shopfloor.capacity;
