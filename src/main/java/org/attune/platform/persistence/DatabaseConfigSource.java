package org.attune.platform.persistence;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code attune.db.class}, the JDBC data source class, from the database URL, so that an operator who sets
 * {@code ATTUNE_DB_URL=jdbc:mysql://...} needs no fourth variable. Sits above the defaults in
 * {@code microprofile-config.properties} and below environment variables, so {@code ATTUNE_DB_CLASS} still wins.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String CLASS_KEY = "attune.db.class";
    static final String MYSQL_DATA_SOURCE = CachingMysqlDataSource.class.getName();
    static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(CLASS_KEY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!CLASS_KEY.equals(propertyName)) {
            return null;
        }
        return dataSourceClassFor(configuredUrl(System.getProperties().getProperty("attune.db.url"), System.getenv()));
    }

    static String configuredUrl(String systemProperty, Map<String, String> environment) {
        String fromEnv = environment.get("ATTUNE_DB_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        return systemProperty == null || systemProperty.isBlank() ? null : systemProperty.trim();
    }

    /** The data source class for a JDBC URL, or {@code null} to leave the choice to the defaults. */
    static String dataSourceClassFor(String url) {
        if (url == null) {
            return null;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return MYSQL_DATA_SOURCE;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2_DATA_SOURCE;
        }
        return null;
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "attune-database-url";
    }
}
