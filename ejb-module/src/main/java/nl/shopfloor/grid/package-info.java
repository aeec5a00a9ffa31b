/**
 * Grid: the state and signals that must be one for the whole cluster when Shopfloor runs on several Payara Micro
 * instances (scripts/cluster.sh), in Payara's built-in Hazelcast data grid — and in this instance's memory when
 * it runs alone, with the same code.
 *
 * <ul>
 * <li>G1 Shared state changes only through entry processors ({@code GridMap}): each change is atomic on the
 * member that owns the key and costs one grid call from any instance. Capacity (K2) and presence keep their
 * maps here.</li>
 * <li>G2 The oldest member leads: it alone runs the cluster's timers (follow-ups, rosters, opening hours,
 * retention, webhook retries, re-routing of an absent agent's chats). When it leaves, the next oldest leads at
 * once; timers that read their work from the database just continue there.</li>
 * <li>G3 What another instance must show (a frame for a socket it holds, a shop whose availability may have
 * changed) goes to every other instance as a notice on one topic, fired there as a CDI event; the sender also
 * acts locally. A notice is a push: it never blocks or fails the business operation, and is lost with its
 * receiver, like a frame to a socket that just closed.</li>
 * <li>G4 When a member leaves, the lead gives back what it held: its dashboards (presence) and the slots it had
 * taken for chats that never committed (capacity). Network split (not tested): each side would lead itself
 * and count its own slots until Hazelcast merges the sides; keep the balancer and instances in one network.</li>
 * </ul>
 */
package nl.shopfloor.grid;
