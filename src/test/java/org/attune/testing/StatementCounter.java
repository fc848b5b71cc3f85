package org.attune.testing;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Records the SQL statements EclipseLink sends to the database while some work runs on the calling thread (for tests
 * running in the server): proves that a page's look-ups are batched, a fixed number of statements whatever the data.
 * Statements of other threads (scheduled jobs) are not counted.
 */
public final class StatementCounter extends SessionEventAdapter {

    private final Thread thread = Thread.currentThread();
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    private StatementCounter() {}

    /** The statements {@code work} sent, through the persistence unit of {@code factory}, in order. */
    public static List<String> of(EntityManagerFactory factory, Callable<?> work) throws Exception {
        Session session = factory.unwrap(Session.class);
        StatementCounter counter = new StatementCounter();
        session.getEventManager().addListener(counter);
        try {
            work.call();
        } finally {
            session.getEventManager().removeListener(counter);
        }
        return List.copyOf(counter.statements);
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        if (Thread.currentThread() == thread) {
            statements.add(String.valueOf(event.getCall()));
        }
    }
}
