package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.attune.audit.AuditEvent;
import org.attune.audit.AuditLog;
import org.attune.platform.cluster.ClusterLeases;
import org.attune.platform.health.DatabaseReadinessCheck;
import org.attune.platform.migration.MigrationState;
import org.attune.testing.Deployments;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sessions.Session;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation inside the running server: schema, persistence and readiness against the real test database. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    @Inject
    private AuditLog auditLog;

    @Inject
    private MigrationState migrationState;

    @Inject
    private UserTransaction tx;

    @Inject
    private ClusterLeases leases;

    @Inject
    private ServletContext servletContext;

    @Test
    void migrationsHaveAllBeenAppliedAtStartUp() {
        MigrationInfoService info = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .info();
        assertNotNull(info.current(), "no migration recorded in flyway_schema_history");
        assertEquals(0, info.pending().length, "migrations still pending after start-up");
        assertTrue(info.applied().length >= 1);
        assertTrue(migrationState.isMigrated());
    }

    @Test
    void aRepeatedQueryIsPreparedOnceOnTheDatabaseServerAndThenOnlyExecuted() throws Exception {
        String sql = "SELECT COUNT(*) FROM flyway_schema_history WHERE success = ? AND version IS NOT NULL";
        try (Connection connection = dataSource.getConnection()) {
            long preparedBefore = sessionStatus(connection, "Com_stmt_prepare");
            long executedBefore = sessionStatus(connection, "Com_stmt_execute");
            for (int i = 0; i < 5; i++) { // as the application does: a new statement each time, closed after use
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setBoolean(1, true);
                    try (ResultSet row = statement.executeQuery()) {
                        assertTrue(row.next());
                        assertTrue(row.getLong(1) >= 1);
                    }
                }
            }
            assertEquals(
                    5,
                    sessionStatus(connection, "Com_stmt_execute") - executedBefore,
                    "each query ran as a server-side prepared statement");
            assertTrue(
                    sessionStatus(connection, "Com_stmt_prepare") - preparedBefore <= 1,
                    "the server parsed the statement at most once for this connection");
        }
    }

    private static long sessionStatus(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW SESSION STATUS LIKE '" + name + "'")) {
            assertTrue(row.next(), name);
            return row.getLong(2);
        }
    }

    @Test
    void auditEventRoundTripsThroughTheDatabase() throws Exception {
        String subject = "round-trip-" + UUID.randomUUID();
        tx.begin();
        AuditEvent recorded = auditLog.record("tester@example.org", "TEST_ROUND_TRIP", subject, "détail ✓");
        tx.commit();
        try {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps =
                            c.prepareStatement("SELECT actor, action, detail FROM audit_event WHERE subject = ?")) {
                ps.setString(1, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "the event was not written to audit_event");
                    assertEquals("tester@example.org", rs.getString("actor"));
                    assertEquals("TEST_ROUND_TRIP", rs.getString("action"));
                    assertEquals("détail ✓", rs.getString("detail"));
                }
            }
            AuditEvent read = auditLog.find(recorded.id());
            assertEquals(subject, read.subject());
            // whole seconds: Connector/J drops fractions on MariaDB, which it takes for MySQL 5.5
            assertEquals(
                    recorded.occurredAt().getEpochSecond(), read.occurredAt().getEpochSecond());
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("DELETE FROM audit_event WHERE subject = ?")) {
                ps.setString(1, subject);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Every column an entity maps, as EclipseLink will name it in SQL, exists in the schema the migrations built: the
     * columns named in {@code @Column} and the ones named after their attribute ({@code SnakeCaseColumns}). A wrong
     * name would otherwise show only when a page first reads that entity.
     */
    @Test
    void everyMappedColumnExistsInTheMigratedSchema() throws SQLException {
        Set<String> schema = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select lower(table_name), lower(column_name)"
                        + " from information_schema.columns where table_schema = database()")) {
            while (rs.next()) {
                schema.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        Session session = persistence.unwrap(Session.class);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor()) {
                continue; // an embeddable's columns are checked in the descriptor of each entity that embeds it
            }
            for (DatabaseField field : descriptor.getFields()) {
                String table = field.getTableName().isEmpty() ? descriptor.getTableName() : field.getTableName();
                String column = (table + "." + field.getName()).toLowerCase(Locale.ROOT);
                checked++;
                if (!schema.contains(column)) {
                    missing.add(descriptor.getJavaClass().getSimpleName() + ": " + column);
                }
            }
        }
        assertTrue(checked > 300, "the check saw the entities' columns: " + checked);
        assertEquals(List.of(), missing, "mapped columns the schema does not have");
    }

    @PersistenceUnit(unitName = "attune")
    private EntityManagerFactory persistence;

    @Test
    void readinessIsUpWithMigratedReachableDatabase() {
        assertEquals(
                HealthCheckResponse.Status.UP,
                DatabaseReadinessCheck.check(dataSource, true).getStatus());
    }

    @Test
    void readinessIsDownWhenMigrationsHaveNotRun() {
        assertEquals(
                HealthCheckResponse.Status.DOWN,
                DatabaseReadinessCheck.check(dataSource, false).getStatus());
    }

    @Test
    void readinessIsDownWhenDatabaseIsUnreachable() {
        MysqlDataSource unreachable = new MysqlDataSource();
        unreachable.setUrl("jdbc:mysql://127.0.0.1:1/attune?connectTimeout=2000");
        unreachable.setUser("nobody");
        HealthCheckResponse response = DatabaseReadinessCheck.check(unreachable, true);
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("unreachable", response.getData().orElseThrow().get("database"));
    }

    @Test
    void facesProjectStageIsProductionUnlessConfigured() {
        assertEquals("Production", servletContext.getInitParameter("jakarta.faces.PROJECT_STAGE"));
    }

    @Test
    void aLeaseGoesToOneCallerUntilItsPeriodEndsAsOnANodeOfACluster() throws Exception {
        String name = newLease();
        try {
            assertTrue(leases.tryTake(name, Duration.ofMinutes(50)), "the first node's timer takes it");
            assertFalse(leases.tryTake(name, Duration.ofMinutes(50)), "the second node's finds it taken");
            sql(
                    "UPDATE cluster_lease SET run_after = ? WHERE name = ?",
                    Timestamp.from(Instant.now().minusSeconds(60)),
                    name);
            assertTrue(leases.tryTake(name, Duration.ofMinutes(50)), "due again once the period ended");
        } finally {
            sql("DELETE FROM cluster_lease WHERE name = ?", name);
        }
    }

    @Test
    void aLeaseHeldForATransactionMakesAnotherConnectionWaitUntilItEnds() throws Exception {
        String name = newLease();
        try {
            tx.begin();
            try {
                leases.holdForTransaction(name);
                var other = Executors.newSingleThreadExecutor();
                try {
                    var waited = other.submit(() -> {
                        try (Connection connection = dataSource.getConnection();
                                Statement statement = connection.createStatement()) {
                            statement.execute("SET SESSION innodb_lock_wait_timeout = 1");
                            statement.executeUpdate(
                                    "UPDATE cluster_lease SET held_by = 'other' WHERE name = '" + name + "'");
                            return "not blocked";
                        } catch (SQLException e) {
                            return "blocked";
                        }
                    });
                    assertEquals("blocked", waited.get(30, TimeUnit.SECONDS));
                } finally {
                    other.shutdownNow();
                }
            } finally {
                tx.commit();
            }
            assertEquals(
                    1,
                    sql("UPDATE cluster_lease SET held_by = 'other' WHERE name = ?", name),
                    "free once the holder's transaction has ended");
        } finally {
            sql("DELETE FROM cluster_lease WHERE name = ?", name);
        }
    }

    @Test
    void anUnknownLeaseIsAProgrammingErrorNotASilentSkip() {
        assertThrows(IllegalStateException.class, () -> leases.tryTake("no-such-lease", Duration.ZERO));
    }

    private String newLease() throws Exception {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 20);
        sql("INSERT INTO cluster_lease (name) VALUES (?)", name);
        return name;
    }

    private int sql(String statement, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            return prepared.executeUpdate();
        }
    }
}
