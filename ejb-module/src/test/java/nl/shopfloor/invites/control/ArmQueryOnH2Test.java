package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.shopfloor.invites.entity.ArmFigures;
import nl.shopfloor.schema.control.H2Schema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The results query on the embedded default (H2 in MariaDB mode); InviteResultsIT runs it on MariaDB. */
class ArmQueryOnH2Test {

    static final Instant T0 = Instant.parse("2026-11-10T10:00:00Z");
    JdbcDataSource h2;

    @BeforeEach
    void migrated() throws Exception {
        h2 = H2Schema.migrated("results");
        run("INSERT INTO shop (id, name, default_language, allowed_origins, topics) VALUES ('s', 'Shop', 'en', '', '')",
                "INSERT INTO shop (id, name, default_language, allowed_origins, topics) VALUES ('other', 'Other', 'en', '', '')");
        for (String rule : List.of("r1", "r2")) {
            run("INSERT INTO invite_rule (id, shop_id, name, enabled, priority, conditions_json, delay_seconds, display_seconds,"
                    + " presenter, split_mode, control_share, min_share, updated_at, ref) VALUES ('" + rule + "', 's', '" + rule
                    + "', TRUE, 1, '{}', 0, 20, 'ROUTED', 'FIXED', 20, 0, CURRENT_TIMESTAMP, '" + rule + "')");
        }
    }

    @Test
    void visitorsCountInTheArmOfTheirFirstExposureWithTheirOrdersInTheWindow() throws Exception {
        // v1: control first, later shown A (still control); orders 30 (day 1) and 20 (day 8: outside 7 days)
        exposure("e1", "r1", null, "v1", T0, false, false, false, null);
        exposure("e2", "r1", "A", "v1", T0.plus(Duration.ofHours(1)), true, false, false, null);
        order("o1", "v1", "30.00", T0.plus(Duration.ofDays(1)), "PLACED");
        order("o2", "v1", "20.00", T0.plus(Duration.ofDays(8)), "PLACED");
        // v2: A, shown and clicked, chatted; two orders 10 + 15.50 and a cancelled one, one before the exposure
        exposure("e3", "r1", "A", "v2", T0, true, true, false, "c2");
        order("o3", "v2", "10.00", T0.plus(Duration.ofMinutes(5)), "PLACED");
        order("o4", "v2", "15.50", T0.plus(Duration.ofDays(2)), "PAID");
        order("o5", "v2", "99.00", T0.plus(Duration.ofDays(2)), "CANCELLED");
        order("o6", "v2", "77.00", T0.minus(Duration.ofMinutes(1)), "PLACED");
        // v3: A, shown and dismissed, no order; v4 in r2's control group; another shop's exposure; one before the period
        exposure("e4", "r1", "A", "v3", T0, true, false, true, null);
        exposure("e5", "r2", null, "v4", T0, false, false, false, null);
        exposure("e7", "r1", "A", "v5", T0.minus(Duration.ofDays(20)), true, false, false, null);

        Map<String, Map<String, ArmFigures>> arms = query(T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)));

        assertThat(arms.keySet()).containsExactlyInAnyOrder("r1", "r2");
        ArmFigures control = arms.get("r1").get(null);
        assertThat(control).as("I11").isEqualTo(new ArmFigures(null, 1, 1, 0, 0, 0, 1, 1, new BigDecimal("30.00"), 900));
        ArmFigures a = arms.get("r1").get("A");
        assertThat(a).as("I11").isEqualTo(new ArmFigures("A", 2, 2, 1, 1, 1, 1, 2, new BigDecimal("25.50"), 25.5 * 25.5));
        assertThat(arms.get("r2").get(null).visitors()).isEqualTo(1);
    }

    private Map<String, Map<String, ArmFigures>> query(Instant from, Instant to) throws Exception {
        try (Connection connection = h2.getConnection();
             PreparedStatement query = connection.prepareStatement(ArmQuery.SQL.replaceAll("\\?\\d", "?"))) {
            query.setString(1, "s");
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            query.setString(4, "s");
            query.setInt(5, 7);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[11];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return ArmQuery.byRule(rows);
        }
    }

    private void exposure(String id, String rule, String variant, String visitor, Instant at, boolean shown, boolean clicked,
                          boolean dismissed, String conversation) throws Exception {
        try (Connection connection = h2.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO invite_exposure (id, shop_id, rule_id, variant_ref, visitor_id, offered_at, shown_at, clicked_at,"
                        + " dismissed_at, conversation_id) VALUES (?, 's', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp t = Timestamp.from(at);
            insert.setString(1, id);
            insert.setString(2, rule);
            insert.setString(3, variant);
            insert.setString(4, visitor);
            insert.setTimestamp(5, t);
            insert.setTimestamp(6, shown ? t : null);
            insert.setTimestamp(7, clicked ? t : null);
            insert.setTimestamp(8, dismissed ? t : null);
            insert.setString(9, conversation);
            insert.executeUpdate();
        }
    }

    private void order(String id, String visitor, String total, Instant at, String status) throws Exception {
        try (Connection connection = h2.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO shop_order (id, shop_id, order_ref, visitor_id, total_excl_vat, total_incl_vat, currency, placed_at,"
                        + " status, updated_at) VALUES (?, 's', ?, ?, ?, ?, 'EUR', ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.setString(3, visitor);
            insert.setBigDecimal(4, new BigDecimal(total));
            insert.setBigDecimal(5, new BigDecimal(total));
            insert.setTimestamp(6, Timestamp.from(at));
            insert.setString(7, status);
            insert.executeUpdate();
        }
    }

    private void run(String... statements) throws Exception {
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
