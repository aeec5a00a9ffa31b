package nl.shopfloor.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the demo shop a team that can hold the load: there is no admin UI for an agent's maximum yet, so this sets
 * {@code agent.max_chats} in the database — and adds agents, because an agent takes at most 20 chats — while no
 * server runs (the application reads agents through JPA, whose cache would not see a change made under it; the
 * capacity singleton counts open chats at start). The new agents log in with the demo password: they copy
 * sanne's password hash. Their skills vary like the demo team's.
 */
final class LoadTeam {

    /** The demo accounts that take chats (the admin does not). */
    static final List<String> DEMO_AGENTS = List.of("sanne", "mehmet", "jeroen", "lisa", "pieter", "anouk");

    private static final String[][] SKILLS = {
            {"TOPIC", "order", "LANGUAGE", "en", "LANGUAGE", "nl"},
            {"TOPIC", "product", "BRAND", "dell", "BRAND", "lenovo", "LANGUAGE", "en"},
            {"TOPIC", "product", "BRAND", "apple", "BRAND", "macbook", "LANGUAGE", "en", "LANGUAGE", "nl"},
            {"TOPIC", "service", "LANGUAGE", "en"},
            {"TOPIC", "order", "TOPIC", "service", "LANGUAGE", "nl"},
    };

    private LoadTeam() {
    }

    /** Sets every chat-taking agent's maximum and adds agents up to {@code agents}; returns the usernames to log in. */
    static List<String> prepare(String jdbcUrl, int agents, int maxChats) throws SQLException {
        List<String> usernames = new ArrayList<>(DEMO_AGENTS);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "shopfloor", "shopfloor")) {
            db.setAutoCommit(false);
            try (PreparedStatement insertAgent = db.prepareStatement("INSERT INTO agent (username, public_id, shop_id, password_hash, role,"
                    + " display_name, role_text, photo_url, team_id, status, max_chats) SELECT ?, ?, shop_id, password_hash, 'AGENT', ?,"
                    + " 'Load test', photo_url, team_id, 'OFFLINE', 1 FROM agent WHERE username = 'sanne'");
                 PreparedStatement insertSkill = db.prepareStatement("INSERT INTO agent_skill (agent_username, kind, skill) VALUES (?, ?, ?)")) {
                for (int i = 1; usernames.size() < agents; i++) {
                    String username = String.format("load%02d", i);
                    insertAgent.setString(1, username);
                    insertAgent.setString(2, "public-" + username);
                    insertAgent.setString(3, String.format("Load Agent %02d", i));
                    if (insertAgent.executeUpdate() != 1) {
                        throw new IllegalStateException("demo agent sanne not found: was the first boot with demo data?");
                    }
                    String[] skills = SKILLS[i % SKILLS.length];
                    for (int s = 0; s < skills.length; s += 2) {
                        insertSkill.setString(1, username);
                        insertSkill.setString(2, skills[s]);
                        insertSkill.setString(3, skills[s + 1]);
                        insertSkill.addBatch();
                    }
                    usernames.add(username);
                }
                insertSkill.executeBatch();
            }
            try (PreparedStatement max = db.prepareStatement("UPDATE agent SET max_chats = ? WHERE shop_id = 'demo' AND role <> 'ADMIN'")) {
                max.setInt(1, maxChats);
                max.executeUpdate();
            }
            db.commit();
            try (Statement sql = db.createStatement();
                 ResultSet rs = sql.executeQuery("SELECT COUNT(*), MIN(max_chats), MAX(max_chats) FROM agent"
                         + " WHERE shop_id = 'demo' AND role <> 'ADMIN'")) {
                rs.next();
                if (rs.getInt(1) != usernames.size() || rs.getInt(2) != maxChats || rs.getInt(3) != maxChats) {
                    throw new IllegalStateException("agent rows not as prepared: " + rs.getInt(1) + " agents, max_chats "
                            + rs.getInt(2) + ".." + rs.getInt(3));
                }
            }
        }
        return usernames;
    }
}
