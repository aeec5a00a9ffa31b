package nl.shopfloor.systemtest;

import java.sql.Connection;
import java.sql.SQLException;

/** The cluster tests' MariaDB database (see {@link TestCluster}), for tests of other packages that need one of their own. */
public final class ClusterDatabase {

    private final TestDatabase database;

    private ClusterDatabase(TestDatabase database) {
        this.database = database;
    }

    /** Emptied now: only while no cluster runs on it (TestCluster empties it again when it starts). */
    public static ClusterDatabase emptied() {
        TestDatabase database = TestCluster.database();
        database.reset();
        return new ClusterDatabase(database);
    }

    public String url() {
        return database.url;
    }

    public String user() {
        return database.user;
    }

    public String password() {
        return database.password;
    }

    public Connection connect() throws SQLException {
        return database.connect();
    }
}
