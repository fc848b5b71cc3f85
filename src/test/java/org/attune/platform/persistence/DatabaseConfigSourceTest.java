package org.attune.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    @Test
    void mysqlUrlSelectsConnectorJDataSourceWithStatementCaches() {
        assertEquals(
                "org.attune.platform.persistence.CachingMysqlDataSource",
                DatabaseConfigSource.dataSourceClassFor("jdbc:mysql://db:3306/attune?useSSL=true"));
        assertEquals(
                "org.attune.platform.persistence.CachingMysqlDataSource",
                DatabaseConfigSource.dataSourceClassFor("jdbc:mariadb://db:3306/attune"));
    }

    @Test
    void h2UrlSelectsH2DataSource() {
        assertEquals(
                "org.h2.jdbcx.JdbcDataSource",
                DatabaseConfigSource.dataSourceClassFor("jdbc:h2:file:./data/attune;MODE=MySQL"));
    }

    @Test
    void noOrUnknownUrlLeavesTheChoiceToTheDefaults() {
        assertNull(DatabaseConfigSource.dataSourceClassFor(null));
        assertNull(DatabaseConfigSource.dataSourceClassFor("jdbc:postgresql://db/attune"));
    }

    @Test
    void environmentVariableWinsOverSystemPropertyAndBlankIsIgnored() {
        assertEquals(
                "jdbc:mysql://env/a",
                DatabaseConfigSource.configuredUrl("jdbc:h2:mem:x", Map.of("ATTUNE_DB_URL", "jdbc:mysql://env/a")));
        assertEquals(
                "jdbc:h2:mem:x", DatabaseConfigSource.configuredUrl("jdbc:h2:mem:x", Map.of("ATTUNE_DB_URL", " ")));
        assertNull(DatabaseConfigSource.configuredUrl(null, Map.of()));
    }

    @Test
    void answersOnlyForTheDataSourceClassKey() {
        assertNull(new DatabaseConfigSource().getValue("attune.db.url"));
    }
}
