package nl.shopfloor.agents.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Agents log in with a form ({@link AgentFormLogin}), which checks the password itself
 * ({@code agents.control.Logins}: PBKDF2 hashes in the agent table, roles its role column) — no identity store,
 * so that unknown names and wrong passwords cost the same and logins can be throttled.
 */
@DeclareRoles({"agent", "supervisor", "admin"})
@ApplicationScoped
public class AgentSecurity {
}
