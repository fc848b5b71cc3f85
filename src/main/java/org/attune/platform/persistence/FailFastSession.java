package org.attune.platform.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a request fail at once when the database is gone, instead of after EclipseLink's own retries: by default it
 * tries a query that lost its connection three more times, 5 s apart, so a page hung for 15 s or more while the
 * database was down. One immediate retry is kept: it covers a pooled connection that died since it was last checked
 * (the pool validates at most once a second), and fails as fast as the first try when the database is down.
 */
final class FailFastSession {

    private FailFastSession() {}

    static void apply(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
