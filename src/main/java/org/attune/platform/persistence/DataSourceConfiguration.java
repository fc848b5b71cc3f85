package org.attune.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the pooled data source that JPA and Flyway use. Connection settings come from MicroProfile Config
 * ({@code attune.db.*}, overridden by the environment variables {@code ATTUNE_DB_URL}, {@code ATTUNE_DB_USER},
 * {@code ATTUNE_DB_PASSWORD}); the driver class follows from the URL, see {@link DatabaseConfigSource}.
 *
 * <p>A connection is validated before it is handed out (at most once a second per connection: a busy pool would
 * otherwise ping the database before every query) and the whole pool is dropped when one fails, so that a database
 * restart leaves no dead connections behind. Connections are not matched by caller credentials (there is one
 * database user); matching made the pool discard and reopen free connections under load.
 *
 * <p>With the database gone, a request fails at once with the error page instead of hanging: a connection that
 * cannot be made is not retried, and a request waits at most 1 s for a free connection (each node has 8 HTTP
 * threads and 40 connections, so a request waits for one only when the pool is being rebuilt). Measured by
 * {@code scripts/cluster-check.sh} (a {@code kill -9} of the database).
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${MPCONFIG=attune.db.class}",
        url = "${MPCONFIG=attune.db.url}",
        user = "${MPCONFIG=attune.db.user}",
        password = "${MPCONFIG=attune.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        loginTimeout = 5,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=1",
            "fish.payara.fail-all-connections=true",
            "fish.payara.match-connections=false",
            "fish.payara.connection-creation-retry-attempts=0",
            "fish.payara.max-wait-time-in-millis=1000"
        })
@Singleton
public class DataSourceConfiguration {

    /** Where the data source is bound; {@code persistence.xml} names the same. */
    public static final String JNDI_NAME = "java:app/jdbc/attune";
}
