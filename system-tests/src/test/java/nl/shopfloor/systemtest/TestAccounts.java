package nl.shopfloor.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.UUID;

/**
 * Agent accounts of the demo shop made for one test (password {@link AgentLogin#DEMO_PASSWORD}, no team), so a
 * test that locks, throttles or changes an account never touches a demo agent other tests rely on.
 */
final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates an agent named {@code prefix} plus a random tail and returns the username. */
    static String create(ShopfloorServer server, String prefix, String displayName) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = server.jdbc(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO agent (username, public_id, shop_id, password_hash, role, display_name, role_text, status, max_chats)"
                        + " SELECT ?, ?, shop_id, password_hash, 'AGENT', ?, 'Test', 'OFFLINE', 3 FROM agent WHERE username = 'sanne'")) {
            insert.setString(1, username);
            insert.setString(2, "test-" + UUID.randomUUID().toString().replace("-", ""));
            insert.setString(3, displayName);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("demo agent sanne not found");
            }
            return username;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test account " + username, e);
        }
    }

    /**
     * Removes the account; one that was given a chat after all (a re-route from a failed test) stays, offline,
     * since conversations refer to their agent.
     */
    static void delete(ShopfloorServer server, String username) {
        try (Connection db = server.jdbc(); PreparedStatement delete = db.prepareStatement("DELETE FROM agent WHERE username = ?")) {
            delete.setString(1, username);
            delete.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            System.err.println("test account " + username + " kept: " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete test account " + username, e);
        }
    }
}
