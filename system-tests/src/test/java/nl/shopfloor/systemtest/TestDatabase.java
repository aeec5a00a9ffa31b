package nl.shopfloor.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A MariaDB database a test run owns: {@code jdbc:mariadb://host:port/name?params}, emptied before the run. */
final class TestDatabase {

    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(.*)");
    final String url;
    final String user;
    final String password;

    TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static TestDatabase fromConfig() {
        return fromConfig("shopfloor.it.db", "shopfloor_it");
    }

    /**
     * {@code prefix.url} (or only {@code prefix.name}, else {@code defaultName} on 127.0.0.1:3306), with the user and
     * password of {@code shopfloor.it.db}: the one test user that scripts/ensure-test-services.sh gives every test database.
     */
    static TestDatabase fromConfig(String prefix, String defaultName) {
        return new TestDatabase(
                // the name alone, as scripts/ensure-test-services.sh takes it, so that parallel runs keep apart
                ShopfloorServer.config(prefix + ".url",
                        "jdbc:mariadb://127.0.0.1:3306/" + ShopfloorServer.config(prefix + ".name", defaultName)),
                ShopfloorServer.config("shopfloor.it.db.user", "shopfloor"),
                ShopfloorServer.config("shopfloor.it.db.password", "shopfloor"));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Starts from an empty database: drop and re-create it, or else drop everything in it. */
    void reset() {
        reset("SHOPFLOOR_IT_DB_URL/_USER/_PASSWORD");
    }

    /** {@code settings}: the variables that point elsewhere, for the error message. */
    void reset(String settings) {
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("expected jdbc:mariadb://host:port/database, got " + url);
        }
        String name = parts.group(2);
        try (Connection server = DriverManager.getConnection(parts.group(1) + parts.group(3), user, password);
             Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + name + "`");
            sql.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return;
        } catch (SQLException noRightsOnTheDatabaseItself) {
            // fall through: empty it instead
        }
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            List<String> drops = new ArrayList<>();
            try (var rs = sql.executeQuery("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    String type = rs.getString(2);
                    String kind = type.contains("VIEW") ? "VIEW" : type.contains("SEQUENCE") ? "SEQUENCE" : "TABLE";
                    drops.add("DROP " + kind + " IF EXISTS `" + rs.getString(1) + "`");
                }
            }
            for (String drop : drops) {
                sql.execute(drop);
            }
            sql.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB test database not usable at " + url + " as " + user
                    + " — run scripts/ensure-test-services.sh (or set " + settings + ")", e);
        }
    }
}
