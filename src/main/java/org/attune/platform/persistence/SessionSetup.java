package org.attune.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The session customizer that persistence.xml names (it takes one): fail fast when the database is gone
 * ({@link FailFastSession}), and name columns the way the migrations do ({@link SnakeCaseColumns}).
 */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        FailFastSession.apply(session);
        SnakeCaseColumns.apply(session);
    }
}
