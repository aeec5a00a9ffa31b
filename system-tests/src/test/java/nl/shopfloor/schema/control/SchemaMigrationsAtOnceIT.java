package nl.shopfloor.schema.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.shopfloor.systemtest.ClusterDatabase;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Two instances of a cluster that start at the same moment on an empty MariaDB database both come up: one migrates,
 * the other waits for it and finds every migration applied (before the named lock, the second failed with a duplicate
 * column). The migrations alone, on the cluster tests' database, without a server.
 */
class SchemaMigrationsAtOnceIT {

    @Test
    void twoInstancesMigratingAtOnceBothEndUpToDateAndEachMigrationRunsOnce() throws Exception {
        ClusterDatabase database = ClusterDatabase.emptied();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<SchemaMigrations>> instances = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                instances.add(pool.submit(() -> {
                    MariaDbDataSource source = new MariaDbDataSource(database.url());
                    source.setUser(database.user());
                    source.setPassword(database.password());
                    SchemaMigrations migrations = new SchemaMigrations();
                    migrations.dataSource = source;
                    go.await();
                    migrations.migrate();
                    return migrations;
                }));
            }
            go.countDown();
            for (Future<SchemaMigrations> instance : instances) {
                assertThat(instance.get(5, TimeUnit.MINUTES).isUpToDate()).isTrue();
            }
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("each migration recorded once").isEqualTo(SchemaMigrations.MIGRATIONS.size());
                assertThat(rs.getInt(2)).isEqualTo(SchemaMigrations.MIGRATIONS.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
