package org.attune.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped migrations apply to the embedded database of the run mode (H2 file in MySQL mode), and only once. */
class MigrationsOnH2Test {

    @TempDir
    Path dir;

    @Test
    void shippedMigrationsApplyToEmbeddedH2AndASecondRunFindsTheSchemaCurrent() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("attune") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        h2.setUser("attune");
        h2.setPassword("attune");

        int applied = new DatabaseMigrator(h2, DatabaseMigrator.DEFAULT_LOCATION).migrate();
        long scripts;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .count();
        }
        assertEquals(scripts, applied, "every shipped script should apply on a new database");
        assertEquals(0, new DatabaseMigrator(h2, DatabaseMigrator.DEFAULT_LOCATION).migrate());

        try (Connection c = h2.getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_event")) {
            assertTrue(rs.next());
        }
    }

    @Test
    void schemaIsCurrentOnlyOnceEveryMigrationIsAppliedAndAskingChangesNothing() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("current") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        DatabaseMigrator migrator = new DatabaseMigrator(h2, DatabaseMigrator.DEFAULT_LOCATION);

        assertEquals(false, migrator.isCurrent());
        try (Connection c = h2.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "asking created tables");
        }
        migrator.migrate();
        assertTrue(migrator.isCurrent());
    }

    @Test
    void failedMigrationOnH2NamesTheScript() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("broken") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        MigrationFailedException failure = Assertions.assertThrows(
                MigrationFailedException.class, () -> new DatabaseMigrator(h2, "classpath:db/broken").migrate());
        assertEquals("V2__refers_to_missing_table.sql", failure.script());
    }
}
