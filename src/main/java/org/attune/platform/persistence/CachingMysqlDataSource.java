package org.attune.platform.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;

/**
 * MySQL Connector/J's data source with the caches a pooled server wants: statements are prepared on the database
 * server once per connection and then only executed (the server no longer parses every query), and the connection
 * remembers its auto-commit and isolation state instead of asking the server.
 *
 * <p>A query whose answer does not arrive within {@value #READ_TIMEOUT_MILLIS} ms fails and its connection is
 * dropped (a hung database cannot hold a request thread for ever). This is a socket read timeout rather than a
 * per-statement timer: the driver's statement timer wakes a timer thread for every query.
 *
 * <p>The driver does not open an OpenTelemetry span for every statement: Payara ships the OpenTelemetry API, so
 * Connector/J would otherwise build spans on each query whether or not anything collects them (about 1% of the server's
 * time per certificate look-up). An operator who collects traces adds {@code ?openTelemetry=PREFERRED} to
 * {@code ATTUNE_DB_URL}.
 *
 * <p>Each connection keeps at most {@value #STATEMENTS_PER_CONNECTION} prepared statements open on the server: with
 * the pool's 40 connections that is 5,120 a node, well inside MySQL's and MariaDB's default
 * {@code max_prepared_stmt_count} of 16,382 for up to three nodes.
 */
public class CachingMysqlDataSource extends MysqlDataSource {

    private static final long serialVersionUID = 1L;

    static final int STATEMENTS_PER_CONNECTION = 128;

    static final int READ_TIMEOUT_MILLIS = 30_000;

    public CachingMysqlDataSource() {
        try {
            setUseServerPrepStmts(true);
            setCachePrepStmts(true);
            setPrepStmtCacheSize(STATEMENTS_PER_CONNECTION);
            setPrepStmtCacheSqlLimit(4096);
            setUseLocalSessionState(true);
            setCacheServerConfiguration(true);
            setMaintainTimeStats(false);
            setSocketTimeout(READ_TIMEOUT_MILLIS);
            setOpenTelemetry("DISABLED");
        } catch (SQLException e) {
            throw new IllegalStateException("Connector/J refused a standard setting", e);
        }
    }
}
