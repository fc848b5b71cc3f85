package org.attune.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CachingMysqlDataSourceTest {

    @Test
    void cachesParsedStatementsAndSessionStateWhichThePlainDriverDoesNot() throws SQLException {
        MysqlDataSource plain = new MysqlDataSource();
        CachingMysqlDataSource caching = new CachingMysqlDataSource();
        assertFalse(plain.getCachePrepStmts());
        assertTrue(caching.getCachePrepStmts());
        assertEquals(256, caching.getPrepStmtCacheSize());
        assertEquals(4096, caching.getPrepStmtCacheSqlLimit());
        assertFalse(plain.getUseLocalSessionState());
        assertTrue(caching.getUseLocalSessionState());
        assertTrue(caching.getCacheServerConfiguration());
    }
}
