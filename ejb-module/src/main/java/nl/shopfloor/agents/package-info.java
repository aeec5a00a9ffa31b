/**
 * Agents: accounts, teams, roles and presence; login through Jakarta Security (form, PBKDF2-SHA512 hashes
 * in the agent table, roles agent/supervisor/admin from its role column).
 *
 * <p>Decisions:
 * <ul>
 * <li>A1 Presence = the status the agent chose (stored) while at least one dashboard socket of theirs is
 * open; closing the last dashboard makes them offline at once, reopening restores the chosen status.</li>
 * </ul>
 * Out of scope here: admin screens for agents and teams, skills, rosters, "busy on another channel".
 */
package nl.shopfloor.agents;
