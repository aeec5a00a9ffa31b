package nl.shopfloor.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Invite rules of the demo shop made for one test class: each matches only URLs with its own marker, so no other
 * test's pages see it, and {@link #close} removes them with their exposures. The server's rule cache sees a rule written
 * here within 10 s (InviteRuleCache.FRESH_FOR): the tests wait for the first invite, not a fixed time.
 */
final class InviteRulesFixture implements AutoCloseable {

    /** One variant's row: kind TEXT, BUTTONS or QUESTION; the button fields only for BUTTONS, the placeholders for QUESTION. */
    record Variant(String ref, String kind, String textEn, String textNl, String[] buttons, String placeholder) {

        static Variant text(String ref, String textEn, String textNl) {
            return new Variant(ref, "TEXT", textEn, textNl, null, null);
        }

        /** labelEn, labelNl, action, link for the first and then the second button */
        static Variant buttons(String ref, String textEn, String textNl, String... buttons) {
            return new Variant(ref, "BUTTONS", textEn, textNl, buttons, null);
        }

        static Variant question(String ref, String textEn, String textNl, String placeholder) {
            return new Variant(ref, "QUESTION", textEn, textNl, null, placeholder);
        }
    }

    final String marker = "inv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final ShopfloorServer server;
    private final List<String> ids = new ArrayList<>();

    InviteRulesFixture(ShopfloorServer server) {
        this.server = server;
    }

    /** The URL fragment that a rule made with {@code page} matches, e.g. for {@code ?x=} or a path. */
    String page(String name) {
        return marker + "-" + name;
    }

    /**
     * A rule for pages whose URL holds {@link #page(String) page(name)}, with the given extra conditions (JSON objects,
     * may be none), presenter (AGENT/TEAM/ROUTED and its ref), delay and display time, per-session cap and days after a
     * dismiss (null for none), and one variant shown to everybody.
     */
    String rule(String name, int priority, String conditions, String presenter, String presenterRef, int delay, int display,
                Integer perSession, Integer daysAfterDismiss, Variant variant) {
        String id = "it-" + UUID.randomUUID();
        String all = "{\"type\":\"all\",\"of\":[{\"type\":\"url\",\"matches\":[\"*" + page(name) + "*\"]}"
                + (conditions.isEmpty() ? "" : "," + conditions) + "]}";
        try (Connection db = server.jdbc();
             PreparedStatement rule = db.prepareStatement("INSERT INTO invite_rule (id, shop_id, name, enabled, priority, conditions_json,"
                     + " delay_seconds, display_seconds, presenter, presenter_ref, cap_per_session, cap_per_day, days_after_dismiss,"
                     + " min_gap_seconds, split_mode, control_share, min_share, updated_at, ref)"
                     + " VALUES (?, 'demo', ?, TRUE, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, 'FIXED', 0, 0, CURRENT_TIMESTAMP(3), ?)");
             PreparedStatement row = db.prepareStatement("INSERT INTO invite_variant (rule_id, variant_no, ref, kind, share_percent,"
                     + " text_en, text_nl, first_label_en, first_label_nl, first_action, first_link, second_label_en, second_label_nl,"
                     + " second_action, second_link, placeholder_en, placeholder_nl) VALUES (?, 0, ?, ?, 100, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            rule.setString(1, id);
            rule.setString(2, name + " " + marker + " " + priority); // a page may have several rules; names are unique
            rule.setInt(3, priority);
            rule.setString(4, all);
            rule.setInt(5, delay);
            rule.setInt(6, display);
            rule.setString(7, presenter);
            rule.setString(8, presenterRef);
            rule.setObject(9, perSession);
            rule.setObject(10, daysAfterDismiss);
            rule.setString(11, refOf(name, priority));
            rule.executeUpdate();
            ids.add(id);
            row.setString(1, id);
            row.setString(2, variant.ref());
            row.setString(3, variant.kind());
            row.setString(4, variant.textEn());
            row.setString(5, variant.textNl());
            for (int i = 0; i < 8; i++) {
                row.setString(6 + i, variant.buttons() == null ? null : variant.buttons()[i]);
            }
            row.setString(14, variant.placeholder());
            row.setString(15, variant.placeholder());
            row.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store invite rule " + name, e);
        }
    }

    /** The name of the rule of that page and priority, as the invite frame and the analytics carry it. */
    String nameOf(String name, int priority) {
        return name + " " + marker + " " + priority;
    }

    /** The rule's ref: what the invite frame and the shop's analytics name it by. */
    String refOf(String name, int priority) {
        return name + "-" + marker + "-" + priority;
    }

    /**
     * Gives a test's agent room for many chats: the invite throttle (I9) holds invites back when the chats expected from
     * the open ones would not fit in the free slots, and a test's own earlier chats must not decide a later test. In team
     * "aftercare", since a team invite needs someone of that team with room (I6, I9).
     */
    void roomy(String username) {
        try (Connection db = server.jdbc(); PreparedStatement update = db.prepareStatement("UPDATE agent SET max_chats = 20, team_id = 'aftercare' WHERE username = ?")) {
            update.setString(1, username);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not give " + username + " room", e);
        }
    }

    /**
     * Closes the chats the test's agent still has, through their socket: a chat left open would be routed to whoever
     * comes online next once the agent is gone, and decide another test class.
     */
    void closeChatsOf(OnlineAgent agent) throws Exception {
        for (String conversation : openChatsOf(agent.username)) {
            agent.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", conversation).build());
        }
        Conditions.await(agent.username + "'s chats closed", () -> openChatsOf(agent.username).isEmpty(), Duration.ofSeconds(15));
    }

    private List<String> openChatsOf(String username) throws SQLException {
        List<String> open = new ArrayList<>();
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement(
                "SELECT id FROM conversation WHERE agent_username = ? AND status = 'OPEN'")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    open.add(rows.getString(1));
                }
            }
        }
        return open;
    }

    @Override
    public void close() {
        try (Connection db = server.jdbc()) {
            for (String id : ids) {
                try (PreparedStatement exposures = db.prepareStatement("DELETE FROM invite_exposure WHERE rule_id = ?");
                     PreparedStatement rule = db.prepareStatement("DELETE FROM invite_rule WHERE id = ?")) {
                    exposures.setString(1, id);
                    exposures.executeUpdate();
                    rule.setString(1, id);
                    rule.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not remove the test's invite rules", e);
        }
    }
}
