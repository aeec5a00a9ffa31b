package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.shopfloor.schema.control.H2Schema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The acceptance statement as {@link InviteFigures} runs it, on H2 after every migration (I9). */
class InviteFiguresOnH2Test {

    private static final Instant NOW = Instant.parse("2026-12-02T14:30:00Z");
    private int ids;

    @Test
    void acceptedIsClickedOrAChatLinkedAmongTheLast30DaysShownInvites() throws Exception {
        JdbcDataSource h2 = H2Schema.migrated("figures");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO shop (id, name, default_language, allowed_origins, topics) VALUES ('demo', 'Demo', 'nl', '', '')");
            statement.execute("INSERT INTO invite_rule (id, shop_id, name, enabled, priority, conditions_json, delay_seconds, display_seconds,"
                    + " presenter, split_mode, control_share, min_share, updated_at, ref) VALUES ('faq', 'demo', 'FAQ', TRUE, 1, '{}', 0, 20,"
                    + " 'ROUTED', 'FIXED', 0, 0, CURRENT_TIMESTAMP, 'faq')");
            exposure(connection, NOW.minusSeconds(60), null, null);
            exposure(connection, NOW.minusSeconds(60), NOW.minusSeconds(50), null);
            exposure(connection, NOW.minusSeconds(60), null, "conversation-1");
            exposure(connection, NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofDays(31)), null);
            exposure(connection, null, null, null);
            List<String> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(InviteFigures.ACCEPTANCE)) {
                query.setString(1, "demo");
                query.setTimestamp(2, Timestamp.from(NOW.minus(InviteFigures.ACCEPTANCE_PERIOD)));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3));
                    }
                }
            }
            assertThat(rows).as("I9: shown, accepted").containsExactly("faq 3 2");
        }
    }

    private void exposure(Connection connection, Instant shown, Instant clicked, String conversation) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO invite_exposure (id, shop_id, rule_id, variant_ref,"
                + " visitor_id, offered_at, shown_at, clicked_at, conversation_id) VALUES (?, 'demo', 'faq', 'A', 'visitor', ?, ?, ?, ?)")) {
            insert.setString(1, "exposure-" + ++ids);
            insert.setTimestamp(2, Timestamp.from(NOW.minus(Duration.ofDays(40))));
            insert.setTimestamp(3, shown == null ? null : Timestamp.from(shown));
            insert.setTimestamp(4, clicked == null ? null : Timestamp.from(clicked));
            insert.setString(5, conversation);
            insert.executeUpdate();
        }
    }
}
