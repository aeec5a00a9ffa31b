package nl.shopfloor.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database of its own on the machine's MariaDB (127.0.0.1:3306, root without a password, as
 * scripts/ensure-test-services.sh sets it up), for drivers whose server must not use the embedded H2 file: several
 * instances at once, or a measurement that compares with them. The application logs in as shopfloor/shopfloor and
 * migrates the schema itself at start.
 */
record MariaDb(String database) {

    static final String USER = "shopfloor";
    static final String PASSWORD = "shopfloor";

    MariaDb {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("a MariaDB database name of letters, digits and _ only: " + database);
        }
    }

    /** Drops and creates the database, empty, with the application's user allowed in. */
    void fresh() throws SQLException {
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement sql = root.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
            sql.execute("CREATE USER IF NOT EXISTS 'shopfloor'@'127.0.0.1' IDENTIFIED BY 'shopfloor'");
            sql.execute("CREATE USER IF NOT EXISTS 'shopfloor'@'localhost' IDENTIFIED BY 'shopfloor'");
            sql.execute("GRANT ALL ON " + database + ".* TO 'shopfloor'@'127.0.0.1'");
            sql.execute("GRANT ALL ON " + database + ".* TO 'shopfloor'@'localhost'");
        }
    }

    String url() {
        return "jdbc:mariadb://127.0.0.1:3306/" + database;
    }

    /** The server's settings for this database ({@link MicroServer#start(ServerFiles, String, Map)}). */
    Map<String, String> serverEnv() {
        return Map.of("DB_CLASS", "org.mariadb.jdbc.MariaDbDataSource", "DB_URL", url(), "DB_USER", USER, "DB_PASSWORD", PASSWORD);
    }
}
