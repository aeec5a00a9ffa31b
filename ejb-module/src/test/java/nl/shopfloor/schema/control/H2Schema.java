package nl.shopfloor.schema.control;

import org.h2.jdbcx.JdbcDataSource;

/** For tests of other components' SQL: a fresh in-memory H2 in MariaDB mode (the embedded default) with every migration applied. */
public final class H2Schema {

    private H2Schema() {
    }

    public static JdbcDataSource migrated(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + System.nanoTime() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1");
        SchemaMigrations migrations = new SchemaMigrations();
        migrations.dataSource = h2;
        migrations.migrate();
        return h2;
    }
}
