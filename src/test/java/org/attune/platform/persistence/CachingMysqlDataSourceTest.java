package org.attune.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CachingMysqlDataSourceTest {

    @Test
    void preparesOnTheServerAndCachesStatementsAndSessionStateWhichThePlainDriverDoesNot() throws SQLException {
        MysqlDataSource plain = new MysqlDataSource();
        CachingMysqlDataSource caching = new CachingMysqlDataSource();
        assertFalse(plain.getUseServerPrepStmts());
        assertTrue(caching.getUseServerPrepStmts());
        assertFalse(plain.getCachePrepStmts());
        assertTrue(caching.getCachePrepStmts());
        assertEquals(CachingMysqlDataSource.STATEMENTS_PER_CONNECTION, caching.getPrepStmtCacheSize());
        assertEquals(4096, caching.getPrepStmtCacheSqlLimit());
        assertFalse(plain.getUseLocalSessionState());
        assertTrue(caching.getUseLocalSessionState());
        assertTrue(caching.getCacheServerConfiguration());
        assertEquals(0, plain.getSocketTimeout());
        assertEquals(CachingMysqlDataSource.READ_TIMEOUT_MILLIS, caching.getSocketTimeout());
    }

    @Test
    void opensNoTracingSpanPerStatementByDefault() throws SQLException {
        assertEquals("PREFERRED", new MysqlDataSource().getOpenTelemetry());
        assertEquals("DISABLED", new CachingMysqlDataSource().getOpenTelemetry());
    }
}
