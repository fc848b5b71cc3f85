package org.attune.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.attune.platform.persistence.DataSourceConfiguration;

/**
 * Runs the migrations when the application starts, before JPA is used: start-up beans that touch the database
 * declare {@code @DependsOn("MigrationStartup")}. A failed migration stops the deployment, with one log line naming
 * the script and the error.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class MigrationStartup {

    private static final Logger LOG = Logger.getLogger(MigrationStartup.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private MigrationState state;

    @PostConstruct
    void migrate() {
        try {
            int applied = new DatabaseMigrator(dataSource, DatabaseMigrator.DEFAULT_LOCATION).migrate();
            LOG.info(() -> "Database schema is current (" + applied + " migration(s) applied now)");
            state.markMigrated();
        } catch (MigrationFailedException e) {
            LOG.log(Level.SEVERE, "Attune start-up stopped. {0}", e.getMessage());
            throw e;
        }
    }
}
