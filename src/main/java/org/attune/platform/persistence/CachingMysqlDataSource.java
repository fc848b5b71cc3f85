package org.attune.platform.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;

/**
 * MySQL Connector/J's data source with the client-side caches a pooled server wants: prepared statements are parsed
 * once per connection instead of on every query, and the connection remembers its auto-commit and isolation state
 * instead of asking the server.
 */
public class CachingMysqlDataSource extends MysqlDataSource {

    private static final long serialVersionUID = 1L;

    public CachingMysqlDataSource() {
        try {
            setCachePrepStmts(true);
            setPrepStmtCacheSize(256);
            setPrepStmtCacheSqlLimit(4096);
            setUseLocalSessionState(true);
            setCacheServerConfiguration(true);
            setMaintainTimeStats(false);
        } catch (SQLException e) {
            throw new IllegalStateException("Connector/J refused a standard setting", e);
        }
    }
}
