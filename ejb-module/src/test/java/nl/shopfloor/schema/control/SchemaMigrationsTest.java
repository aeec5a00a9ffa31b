package nl.shopfloor.schema.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
    void everyMigrationInTheFolderIsListed() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(SchemaMigrations.class.getResource("/db/migration").toURI()))) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .as("a migration merged from a branch without its line in MIGRATIONS is never applied")
                    .containsExactlyInAnyOrderElementsOf(SchemaMigrations.MIGRATIONS);
        }
    }

    @Test
    void versionsComeFromTheNamesAndIncrease() {
        assertThat(SchemaMigrations.versionOf("V13__chat_origin.sql")).isEqualTo(13);
        assertThat(SchemaMigrations.MIGRATIONS.stream().map(SchemaMigrations::versionOf).toList()).isSorted().doesNotHaveDuplicates();
    }
}
