package org.attune.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sql.DataSource;
import org.attune.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failing migration on the real MariaDB/MySQL test server stops with a message naming the script and the error.
 * Runs in a scratch database of its own, so it never touches the application's schema.
 */
class MigrationFailureIT {

    private static final String SCRATCH = "migration_failure";

    private DataSource dataSource;

    @BeforeEach
    void createScratchDatabase() throws Exception {
        dataSource = TestDatabase.scratch(SCRATCH);
    }

    @AfterEach
    void dropScratchDatabase() throws Exception {
        TestDatabase.dropScratch(SCRATCH);
    }

    @Test
    void failedMigrationNamesTheScriptAndTheDatabaseError() {
        DatabaseMigrator migrator = new DatabaseMigrator(dataSource, "classpath:db/broken");
        MigrationFailedException failure = assertThrows(MigrationFailedException.class, migrator::migrate);
        assertEquals(
                "V2__refers_to_missing_table.sql",
                failure.script(),
                () -> failure.getCause().getMessage());
        assertTrue(
                failure.getMessage().startsWith("Database migration V2__refers_to_missing_table.sql failed: "),
                failure.getMessage());
        assertTrue(failure.getMessage().toLowerCase().contains("no_such_table"), failure.getMessage());
    }

    @Test
    void shippedMigrationsApplyToAnEmptyMariaDbOrMySqlDatabaseOnce() {
        int applied = new DatabaseMigrator(dataSource, DatabaseMigrator.DEFAULT_LOCATION).migrate();
        assertTrue(applied >= 1);
        assertEquals(0, new DatabaseMigrator(dataSource, DatabaseMigrator.DEFAULT_LOCATION).migrate());
    }
}
