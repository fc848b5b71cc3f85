package org.attune.account.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.attune.account.PersonRules;
import org.attune.account.Role;
import org.attune.account.SetPasswordLinks;
import org.attune.audit.OfflineAuditLog;
import org.attune.platform.migration.DatabaseMigrator;

/**
 * Creates the first administrator of a database that has none: an active person with the admin role and no password,
 * a one-time set-password link valid for 24 hours (a {@code password_reset_token}, which the password-choose page
 * accepts like a reset link) and an audit event, in one transaction. Refuses, writing nothing, when an active
 * administrator exists, when the address is malformed or taken, or when the schema is not current: the command
 * never migrates, the server does that at start-up.
 */
final class FirstAdministrator {

    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    static final String AUDIT_ACTION = "FIRST_ADMINISTRATOR_CREATED";
    static final String REISSUED_ACTION = "FIRST_ADMINISTRATOR_LINK_REISSUED";
    /** Active administrators who have chosen a password: once there is one, the command has no more to do. */
    private static final String SET_UP_ADMINISTRATORS = "SELECT COUNT(*) FROM person p"
            + " JOIN person_role r ON r.person_id = p.id WHERE r.role = ? AND p.active = TRUE"
            + " AND p.password_hash IS NOT NULL";
    /** Held while checking and creating, so that two commands run at once cannot both create one. */
    private static final String LOCK = "attune.create-admin";

    private static final int LOCK_WAIT_SECONDS = 10;
    private static final String ACTIVE_ADMINISTRATORS = "SELECT COUNT(*) FROM person p"
            + " JOIN person_role r ON r.person_id = p.id WHERE r.role = ? AND p.active = TRUE";

    /** What was created; {@code link} is the only copy of the token. */
    record Created(
            long personId, String email, String displayName, String link, Instant linkExpiresAt, boolean reissued) {}

    /** Why nothing was created: a text key of the bundle with its arguments, and the command's exit code. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;
        private final String key;
        private final transient Object[] arguments;

        Refusal(int exitCode, String key, Object... arguments) {
            super(key, null, false, false);
            this.exitCode = exitCode;
            this.key = key;
            this.arguments = arguments;
        }

        int exitCode() {
            return exitCode;
        }

        String key() {
            return key;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    private final DataSource database;
    private final String databaseName;
    private final Clock clock;
    private final String baseUrl;

    FirstAdministrator(DataSource database, String databaseName, Clock clock, String baseUrl) {
        this.database = Objects.requireNonNull(database, "database");
        this.databaseName = Objects.requireNonNull(databaseName, "databaseName");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    Created create(String email, String name) throws Refusal {
        NewAdministrator person = validPerson(email, name);
        try (Connection connection = connect()) {
            requireCurrentSchema();
            lock(connection);
            try {
                return createLocked(connection, person);
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            throw new Refusal(
                    AdminCommand.DATABASE_PROBLEM, "adminCommand.refused.databaseError", databaseName, oneLine(e));
        }
    }

    /**
     * The administrator to create, checked and normalised by the same rules as everywhere else in Attune
     * ({@link PersonRules}; not the {@code Person} entity, which cannot be loaded without Payara's EclipseLink).
     */
    private NewAdministrator validPerson(String email, String name) throws Refusal {
        String normalised = PersonRules.normaliseEmail(email);
        if (!PersonRules.isValidEmail(normalised)) {
            throw new Refusal(
                    AdminCommand.USAGE, "adminCommand.refused.malformedEmail", email == null ? "" : email.strip());
        }
        if (!PersonRules.isValidName(name)) {
            throw new Refusal(AdminCommand.USAGE, "adminCommand.refused.name", PersonRules.MAX_NAME);
        }
        return new NewAdministrator(normalised, name.strip(), clock.instant());
    }

    private record NewAdministrator(String email, String displayName, Instant createdAt) {}

    private Connection connect() throws Refusal {
        try {
            return database.getConnection();
        } catch (SQLException e) {
            throw new Refusal(
                    AdminCommand.DATABASE_PROBLEM, "adminCommand.refused.unreachable", databaseName, oneLine(e));
        }
    }

    private void requireCurrentSchema() throws Refusal {
        boolean current;
        try {
            current = new DatabaseMigrator(database, DatabaseMigrator.DEFAULT_LOCATION).isCurrent();
        } catch (RuntimeException e) {
            throw new Refusal(
                    AdminCommand.DATABASE_PROBLEM, "adminCommand.refused.databaseError", databaseName, oneLine(e));
        }
        if (!current) {
            throw new Refusal(AdminCommand.REFUSED, "adminCommand.refused.notMigrated");
        }
    }

    private Created createLocked(Connection connection, NewAdministrator person) throws SQLException, Refusal {
        connection.setAutoCommit(false);
        try {
            if (count(connection, ACTIVE_ADMINISTRATORS, Role.ADMINISTRATOR.name()) > 0) {
                Created again = reissueIfNeverSetUp(connection, person);
                connection.commit();
                return again;
            }
            if (count(connection, "SELECT COUNT(*) FROM person WHERE email = ?", person.email()) > 0) {
                throw new Refusal(AdminCommand.REFUSED, "adminCommand.refused.emailTaken", person.email());
            }
            Instant now = person.createdAt();
            long id = insert(
                    connection,
                    "INSERT INTO person (email, display_name, password_hash, active, created_at,"
                            + " version) VALUES (?, ?, NULL, TRUE, ?, 1)",
                    person.email(),
                    person.displayName(),
                    Timestamp.from(now));
            insert(
                    connection,
                    "INSERT INTO person_role (person_id, role) VALUES (?, ?)",
                    id,
                    Role.ADMINISTRATOR.name());
            Created created = link(
                    connection,
                    id,
                    person.email(),
                    person.displayName(),
                    now,
                    AUDIT_ACTION,
                    "attune-admin create-admin: roles " + Set.of(Role.ADMINISTRATOR),
                    false);
            connection.commit();
            return created;
        } catch (SQLException | Refusal | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * The first administrator whose link expired before they chose a password gets a new one (no dead end when the
     * link was lost): only while no administrator has set up a password, and only for that administrator's address.
     */
    private Created reissueIfNeverSetUp(Connection connection, NewAdministrator person) throws SQLException, Refusal {
        if (count(connection, SET_UP_ADMINISTRATORS, Role.ADMINISTRATOR.name()) > 0) {
            throw new Refusal(AdminCommand.REFUSED, "adminCommand.refused.administratorExists");
        }
        try (PreparedStatement statement = prepare(
                        connection,
                        "SELECT p.id, p.display_name FROM person p"
                                + " JOIN person_role r ON r.person_id = p.id WHERE r.role = ? AND p.active = TRUE"
                                + " AND p.password_hash IS NULL AND p.email = ?",
                        false,
                        Role.ADMINISTRATOR.name(),
                        person.email());
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new Refusal(AdminCommand.REFUSED, "adminCommand.refused.administratorExists");
            }
            long id = row.getLong(1);
            String name = row.getString(2);
            update(
                    connection,
                    "UPDATE password_reset_token SET used_at = ? WHERE person_id = ? AND used_at IS NULL",
                    Timestamp.from(person.createdAt()),
                    id);
            return link(
                    connection,
                    id,
                    person.email(),
                    name,
                    person.createdAt(),
                    REISSUED_ACTION,
                    "attune-admin create-admin: a new set-password link; earlier ones no longer work",
                    true);
        }
    }

    /** A new one-time set-password link for the person, audited (never with the token). */
    private Created link(
            Connection connection,
            long id,
            String email,
            String name,
            Instant now,
            String action,
            String detail,
            boolean reissued)
            throws SQLException {
        String token = SetPasswordLinks.newToken();
        Instant expiresAt = now.plus(LINK_VALIDITY);
        insert(
                connection,
                "INSERT INTO password_reset_token (person_id, token_hash, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?)",
                id,
                SetPasswordLinks.hash(token),
                Timestamp.from(now),
                Timestamp.from(expiresAt));
        OfflineAuditLog.record(
                connection,
                now,
                action,
                "person:" + id,
                detail + ", set-password link valid until " + expiresAt.truncatedTo(ChronoUnit.SECONDS));
        return new Created(id, email, name, SetPasswordLinks.link(baseUrl, token), expiresAt, reissued);
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, false, parameters)) {
            statement.executeUpdate();
        }
    }

    private void lock(Connection connection) throws SQLException, Refusal {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, LOCK);
            statement.setInt(2, LOCK_WAIT_SECONDS);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new Refusal(AdminCommand.REFUSED, "adminCommand.refused.busy");
                }
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, LOCK);
            statement.executeQuery().close();
        }
    }

    private static int count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, false, parameters);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    private static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, true, parameters)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, boolean keys, Object... parameters)
            throws SQLException {
        PreparedStatement statement = keys
                ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** The innermost message of an error, on one line. */
    static String oneLine(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
