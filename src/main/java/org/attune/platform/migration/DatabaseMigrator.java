package org.attune.platform.migration;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations found at a location to a data source. A failure is reported as a
 * {@link MigrationFailedException} that names the script and the database's error, so the log says in one line what
 * to fix.
 */
public final class DatabaseMigrator {

    /** The migrations shipped with Attune. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    /** Flyway's own default name for the table that records applied migrations. */
    public static final String DEFAULT_HISTORY_TABLE = "flyway_schema_history";

    private static final Pattern SCRIPT_NAME = Pattern.compile("([VRU][0-9_.]*__[^\\s/\\\\]+\\.sql)");

    private final DataSource dataSource;
    private final String location;
    private final String historyTable;

    public DatabaseMigrator(DataSource dataSource, String location) {
        this(dataSource, location, DEFAULT_HISTORY_TABLE);
    }

    public DatabaseMigrator(DataSource dataSource, String location, String historyTable) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.location = Objects.requireNonNull(location, "location");
        this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
    }

    /**
     * Migrates the schema to the newest version.
     *
     * @return how many migrations were applied now (0 when the schema was already current)
     * @throws MigrationFailedException naming the failed script and the error
     */
    public int migrate() {
        FailedScriptRecorder recorder = new FailedScriptRecorder();
        Flyway flyway = configure().callbacks(recorder).load();
        try {
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            String script = recorder.script != null ? recorder.script : scriptNamedIn(e.getMessage());
            throw new MigrationFailedException(script, rootMessage(e), e);
        }
    }

    /**
     * Whether the schema is current: every migration at the location has been applied and none has failed. Changes
     * nothing (an empty database stays empty), for tools that run beside the application and must not migrate.
     */
    public boolean isCurrent() {
        MigrationInfoService info = configure().load().info();
        return info.pending().length == 0
                && Arrays.stream(info.all())
                        .noneMatch(migration -> migration.getState().isFailed());
    }

    private FluentConfiguration configure() {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                .validateMigrationNaming(true);
    }

    /** Flyway names the failed script in its message on databases where the error callback has no migration. */
    static String scriptNamedIn(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = SCRIPT_NAME.matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    /** Remembers which script was running when Flyway reported an error. */
    private static final class FailedScriptRecorder implements Callback {
        private String script;

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (context.getMigrationInfo() != null) {
                script = context.getMigrationInfo().getScript();
            }
        }

        @Override
        public String getCallbackName() {
            return "attune-failed-script-recorder";
        }
    }
}
