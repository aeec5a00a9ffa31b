package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.shopfloor.schema.control.H2Schema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hold-back statements as {@link InviteHoldbacks} runs them, on the embedded default's H2 after every migration (I10). */
class InviteHoldbacksOnH2Test {

    private static final Instant NOW = Instant.parse("2026-12-02T14:30:00Z");
    private static final Instant HOUR = NOW.truncatedTo(ChronoUnit.HOURS);
    private JdbcDataSource h2;

    @BeforeEach
    void migrate() {
        h2 = H2Schema.migrated("holdbacks");
    }

    @Test
    void anHoursCountIsCreatedThenAddedTo() throws Exception {
        try (Connection connection = h2.getConnection()) {
            add(connection, "faq", "NO_CAPACITY", HOUR, 2);
            add(connection, "faq", "NO_CAPACITY", HOUR, 3);
            add(connection, "faq", "ANSWER_TIME", HOUR, 1);
            add(connection, "faq", "NO_CAPACITY", HOUR.minus(3, ChronoUnit.DAYS), 4);
            add(connection, "faq", "NO_CAPACITY", HOUR.minus(20, ChronoUnit.DAYS), 8);
            add(connection, "faq", "NO_CAPACITY", HOUR.minus(40, ChronoUnit.DAYS), 16);
            assertThat(perRule(connection, HOUR.minus(10, ChronoUnit.HOURS))).as("I10: rule reason today week month").containsExactly(
                    "faq ANSWER_TIME 1 1 1", "faq NO_CAPACITY 5 9 17");
        }
    }

    private static void add(Connection connection, String rule, String reason, Instant hour, long count) throws Exception {
        int updated;
        try (PreparedStatement update = connection.prepareStatement(InviteHoldbacks.ADD)) {
            update.setLong(1, count);
            update.setString(2, "demo");
            update.setString(3, rule);
            update.setString(4, reason);
            update.setTimestamp(5, Timestamp.from(hour));
            updated = update.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement insert = connection.prepareStatement(InviteHoldbacks.CREATE)) {
                insert.setString(1, "demo");
                insert.setString(2, rule);
                insert.setString(3, reason);
                insert.setTimestamp(4, Timestamp.from(hour));
                insert.setLong(5, count);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static List<String> perRule(Connection connection, Instant todayFrom) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(InviteHoldbacks.PER_RULE)) {
            query.setTimestamp(1, Timestamp.from(todayFrom));
            query.setTimestamp(2, Timestamp.from(NOW.minus(InviteHoldbacks.WEEK)));
            query.setString(3, "demo");
            query.setTimestamp(4, Timestamp.from(NOW.minus(InviteHoldbacks.MONTH)));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " " + rs.getLong(5));
                }
            }
        }
        return rows;
    }
}
