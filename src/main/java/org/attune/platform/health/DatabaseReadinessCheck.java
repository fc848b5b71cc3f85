package org.attune.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.attune.platform.migration.MigrationState;
import org.attune.platform.persistence.DataSourceConfiguration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema migrations have run and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "attune-database";
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private MigrationState migrationState;

    @Override
    public HealthCheckResponse call() {
        return check(dataSource, migrationState.isMigrated());
    }

    /** The readiness of a data source whose migrations have or have not run. */
    public static HealthCheckResponse check(DataSource dataSource, boolean migrated) {
        if (!migrated) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("migrations", "not applied")
                    .build();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return HealthCheckResponse.named(NAME)
                        .down()
                        .withData("migrations", "applied")
                        .withData("database", "not answering")
                        .build();
            }
            return HealthCheckResponse.named(NAME)
                    .up()
                    .withData("migrations", "applied")
                    .withData("database", "reachable")
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("migrations", "applied")
                    .withData("database", "unreachable")
                    .build();
        }
    }
}
