package nl.shopfloor.schema.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.shopfloor.Ids;
import nl.shopfloor.Secrets;

/**
 * Brings the database schema up to date before anything else touches it. The same artifact runs on the
 * embedded H2 default and on MariaDB: the environment chooses (see README).
 */
@DataSourceDefinition(
        name = SchemaMigrations.DATA_SOURCE,
        className = "${ENV=DB_CLASS:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=DB_URL:jdbc:h2:file:./data/shopfloor;MODE=MariaDB;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${ENV=DB_USER:shopfloor}",
        password = "${ENV=DB_PASSWORD:shopfloor}",
        minPoolSize = 2,
        maxPoolSize = 40)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/shopfloor";
    /**
     * In order; never edit one that has shipped, add the next. The version is the number in the name: branches get
     * their numbers ahead, so one may land before a lower one and the lower one is still applied when it arrives.
     */
    static final List<String> MIGRATIONS = List.of("V1__initial_schema.sql", "V2__routing_and_capacity.sql",
            "V3__rosters.sql", "V4__offline_mail.sql",
            "V5__callbacks_and_answers.sql", "V6__opening_hours.sql", "V7__agent_public_id.sql", "V8__shop_api.sql",
            "V9__identify_and_sessions.sql", "V10__surveys.sql", "V11__privacy_audit.sql", "V12__webhooks.sql", "V13__chat_origin.sql",
            "V14__learned_outcomes.sql", "V15__retention_and_lifecycle.sql", "V16__shopper_context.sql",
            "V17__invites.sql", "V18__invite_exposures.sql", "V19__invite_holdbacks.sql", "V20__invite_rule_ref.sql",
            "V21__invite_optimise.sql", "V22__canned_answers.sql", "V23__knowledge_articles.sql", "V25__agent_photos.sql",
            "V26__agent_language.sql", "V27__push_notifications.sql", "V28__push_subscription_device.sql");

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    private static final String LOCK = "shopfloor.schema";
    private static final int LOCK_WAIT_SECONDS = 600;

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private volatile int appliedCount;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            boolean locked = lockOutOtherInstances(connection);
            try {
                ensureVersionTable(connection);
                Set<Integer> applied = appliedVersions(connection);
                for (String script : MIGRATIONS) {
                    if (!applied.contains(versionOf(script))) {
                        apply(connection, versionOf(script), script);
                    }
                }
                appliedCount = appliedVersions(connection).size();
            } finally {
                if (locked) {
                    release(connection);
                }
            }
            LOG.info(() -> "Database schema at version " + versionOf(MIGRATIONS.get(MIGRATIONS.size() - 1)) + ", " + appliedCount
                    + " migrations (" + productName(connection) + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    /**
     * Instances of a cluster may start at once on one database: on MariaDB the first takes a named lock (a session
     * lock, so the DDL's implicit commits keep it) and migrates, the others wait and then find every migration applied.
     * The embedded H2 file is held by one process anyway.
     */
    private static boolean lockOutOtherInstances(Connection connection) throws SQLException {
        if (!isMariaDb(connection)) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT GET_LOCK('" + LOCK + "', " + LOCK_WAIT_SECONDS + ")")) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new SQLException("another instance has been migrating the schema for " + LOCK_WAIT_SECONDS + " s");
            }
        }
        return true;
    }

    private static void release(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT RELEASE_LOCK('" + LOCK + "')")) {
            rs.next();
        }
    }

    private static boolean isMariaDb(Connection connection) throws SQLException {
        String product = productName(connection).toLowerCase(java.util.Locale.ROOT);
        return product.contains("mariadb") || product.contains("mysql");
    }

    public boolean isUpToDate() {
        return appliedCount == MIGRATIONS.size();
    }

    /** A real round trip to the database, for readiness. */
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            return rs.next() && rs.getInt(1) == MIGRATIONS.size();
        } catch (SQLException e) {
            LOG.warning(() -> "Database does not answer: " + e.getMessage());
            return false;
        }
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INT NOT NULL PRIMARY KEY, script VARCHAR(200) NOT NULL, applied_at TIMESTAMP(3) NOT NULL)");
        }
        connection.commit();
    }

    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    /** 13 for "V13__chat_origin.sql". */
    static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    private static void apply(Connection connection, int version, String script) throws SQLException {
        LOG.info(() -> "Applying database migration " + script);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(script))) {
                statement.execute(sql);
            }
        }
        if (script.startsWith("V7__")) {
            givePublicIds(connection);
        }
        if (script.startsWith("V9__")) {
            giveIdentifySecrets(connection);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, version);
            insert.setString(2, script);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        connection.commit();
    }

    private static void givePublicIds(Connection connection) throws SQLException {
        List<String> usernames = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT username FROM agent WHERE public_id IS NULL")) {
            while (rs.next()) {
                usernames.add(rs.getString(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE agent SET public_id = ? WHERE username = ?")) {
            for (String username : usernames) {
                update.setString(1, Ids.random());
                update.setString(2, username);
                update.executeUpdate();
            }
        }
    }

    private static void giveIdentifySecrets(Connection connection) throws SQLException {
        List<String> shops = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM shop WHERE identify_secret IS NULL")) {
            while (rs.next()) {
                shops.add(rs.getString(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE shop SET identify_secret = ? WHERE id = ?")) {
            for (String shop : shops) {
                update.setString(1, Secrets.random());
                update.setString(2, shop);
                update.executeUpdate();
            }
        }
    }

    static List<String> statements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return java.util.Arrays.stream(withoutComments.split(";\\s*\n"))
                .map(String::strip)
                .map(sql -> sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }

    private static String read(String script) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String productName(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unknown database";
        }
    }
}
