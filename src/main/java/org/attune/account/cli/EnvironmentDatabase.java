package org.attune.account.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database the server uses, named by the same environment variables ({@code ATTUNE_DB_URL},
 * {@code ATTUNE_DB_USER}, {@code ATTUNE_DB_PASSWORD}) and opened through {@link DriverManager}, so that any driver in
 * the WAR serves (MySQL Connector/J in production).
 */
final class EnvironmentDatabase implements DataSource {

    /** How long to wait for the server to answer before saying it cannot be reached. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final String url;
    private final String user;
    private final String password;

    private EnvironmentDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The database named by the environment, or {@code null} when {@code ATTUNE_DB_URL} is not set. */
    static EnvironmentDatabase from(Map<String, String> environment) {
        String url = environment.get("ATTUNE_DB_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new EnvironmentDatabase(
                url.strip(),
                environment.getOrDefault("ATTUNE_DB_USER", ""),
                environment.getOrDefault("ATTUNE_DB_PASSWORD", ""));
    }

    /** The URL without its parameters (which may carry secrets), for messages. */
    String displayUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        // Connector/J's own name for the connect timeout, in milliseconds; other drivers ignore it
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS * 1000));
        DriverManager.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // fixed: CONNECT_TIMEOUT_SECONDS
    }

    @Override
    public int getLoginTimeout() {
        return CONNECT_TIMEOUT_SECONDS;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
