package org.attune.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The audit log for command-line tools that run without the server (e.g. {@code attune-admin create-admin}): writes
 * an event with plain JDBC on the caller's connection, so it commits or rolls back with the caller's change. Inside
 * the server, use {@link AuditLog}.
 */
public final class OfflineAuditLog {

    private OfflineAuditLog() {}

    /** Records an event with no signed-in actor (the operator at the command line). */
    public static void record(Connection connection, Instant at, String action, String subject, String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (occurred_at, actor, action, subject, detail) VALUES (?, NULL, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, action);
            insert.setString(3, subject);
            insert.setString(4, detail);
            insert.executeUpdate();
        }
    }
}
