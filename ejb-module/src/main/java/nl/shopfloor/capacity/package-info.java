/**
 * Capacity: the shop never promises more chat than its team can answer.
 *
 * <ul>
 * <li>K1 A chat is admitted only below the shop's cap (set by a supervisor; none = no shop-wide cap) and to
 * an agent below their own maximum; the effective cap is the lower of the two.</li>
 * <li>K2 {@code Capacity} is the single place that takes and frees slots, under one lock: the cap holds
 * under any number of simultaneous starts. Slots taken in a rolled-back transaction are given back; a
 * slot is freed when the closing of its conversation commits.</li>
 * <li>K3 Every change fires {@code CapacityChanged}; the web tier pushes availability (with the reason:
 * offline or capacity) to every widget of the shop, so at the cap they show the contact form at once.</li>
 * </ul>
 * The counts live in memory, rebuilt from the database at start. With several instances the maps move to
 * the data grid (a later issue); the interface stays.
 */
package nl.shopfloor.capacity;
