package nl.shopfloor.schema.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The embedded default (run.sh, the demo) is H2 in MariaDB mode: every migration must run there too. */
class MigrationsOnH2Test {

    @Test
    void everyMigrationRunsOnTheEmbeddedDefault() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations" + System.nanoTime() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1");
        SchemaMigrations migrations = new SchemaMigrations();
        migrations.dataSource = h2;

        migrations.migrate();

        assertThat(migrations.isUpToDate()).isTrue();
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(SchemaMigrations.MIGRATIONS.size());
        }
    }
}
