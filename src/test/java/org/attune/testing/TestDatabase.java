package org.attune.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A plain JDBC connection to the test database that the deployed application uses (MariaDB or MySQL), for tests that
 * run outside the server. Settings come from the system properties that failsafe passes on.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static String url() {
        return required("attune.test.db.url");
    }

    public static DataSource dataSource() {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl(url());
        ds.setUser(required("attune.test.db.user"));
        ds.setPassword(System.getProperty("attune.test.db.password", ""));
        return ds;
    }

    /**
     * Creates (if needed) a scratch database next to the test database, named {@code <test database>_<suffix>}, for
     * tests that need an empty schema. Drop it with {@link #dropScratch(String)}.
     */
    public static DataSource scratch(String suffix) throws SQLException {
        String name = scratchName(suffix);
        try (var c = dataSource().getConnection();
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4");
        }
        MysqlDataSource ds = (MysqlDataSource) dataSource();
        ds.setUrl(url().replaceFirst("(jdbc:[a-z]+://[^/]+/)([A-Za-z0-9_]+)", "$1" + name));
        return ds;
    }

    public static void dropScratch(String suffix) throws SQLException {
        try (var c = dataSource().getConnection();
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + scratchName(suffix) + "`");
        }
    }

    private static String scratchName(String suffix) {
        Matcher m = Pattern.compile("jdbc:[a-z]+://[^/]+/([A-Za-z0-9_]+)").matcher(url());
        if (!m.find()) {
            throw new IllegalStateException("Cannot find the database name in " + url());
        }
        return m.group(1) + "_" + suffix;
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "System property " + key + " is not set: run the tests with scripts/test.sh");
        }
        return value;
    }
}
