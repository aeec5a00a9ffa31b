/**
 * Agents: accounts, teams, roles and presence; login through Jakarta Security (form, PBKDF2-SHA512 hashes
 * in the agent table, roles agent/supervisor/admin from its role column).
 *
 * <p>Decisions:
 * <ul>
 * <li>A1 Presence = the status the agent chose (stored) while at least one dashboard socket of theirs is
 * open; closing the last dashboard makes them offline at once, reopening restores the chosen status.</li>
 * <li>A2 Supervisors and admins edit their shop's agents (name, role text, team, max chats, skills);
 * only admins open accounts (role agent or supervisor) and create or rename teams. A change is made whole
 * or refused ({@code AccountRefused} rolls back). Max chats counts from the next routing decision, because
 * the router reads it per decision and {@code Capacity} keeps only counts.</li>
 * </ul>
 * Out of scope here: deleting or disabling accounts, password resets, changing roles, photos, rosters,
 * "busy on another channel".
 */
package nl.shopfloor.agents;
