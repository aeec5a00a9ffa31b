package nl.shopfloor.agents.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import nl.shopfloor.agents.control.Passwords;
import nl.shopfloor.schema.control.SchemaMigrations;

/** Agents log in with a form ({@link AgentFormLogin}); passwords are PBKDF2 hashes in the agent table, roles its role column. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = SchemaMigrations.DATA_SOURCE,
        callerQuery = "select password_hash from agent where username = ?",
        groupsQuery = "select lower(role) from agent where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {Passwords.ALGORITHM, Passwords.ITERATIONS, Passwords.SALT_BYTES})
@DeclareRoles({"agent", "supervisor", "admin"})
@ApplicationScoped
public class AgentSecurity {
}
