package nl.shopfloor.schema.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void splitsScriptsIntoStatementsWithoutComments() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n";
        assertThat(SchemaMigrations.statements(script))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)");
    }

    @Test
    void everyShippedMigrationIsOnTheClasspath() {
        SchemaMigrations.MIGRATIONS.forEach(script ->
                assertThat(SchemaMigrations.class.getResource("/db/migration/" + script)).as(script).isNotNull());
    }

    @Test
    void versionsComeFromTheNamesAndOnlyGrow() {
        assertThat(SchemaMigrations.version("V15__retention_and_lifecycle.sql")).isEqualTo(15);
        assertThat(SchemaMigrations.MIGRATIONS.stream().map(SchemaMigrations::version).toList())
                .as("versions may leave gaps for parallel work, never repeat or go back").isSorted().doesNotHaveDuplicates();
    }
}
