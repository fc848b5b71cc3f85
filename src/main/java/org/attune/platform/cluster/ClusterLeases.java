package org.attune.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Leases in the database ({@code cluster_lease}, one row per kind of work) so that work runs on one node at a time
 * however many nodes share the database. Each name must have its row (inserted by the migration that introduces it).
 */
@ApplicationScoped
public class ClusterLeases {

    /** The start-up content import. */
    public static final String CONTENT_IMPORT = "content-import";
    /** The hourly certificate expiry reminders. */
    public static final String EXPIRY_REMINDERS = "expiry-reminders";
    /** The hourly deletion of expired sign-in throttle rows and known devices. */
    public static final String SIGN_IN_CLEANUP = "sign-in-cleanup";
    /** The daily retention job (org.attune.retention). */
    public static final String RETENTION = "retention";
    /** The manager's weekly digest of roster alerts (org.attune.workforce). */
    public static final String ROSTER_DIGEST = "roster-digest";

    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Holds the named lease until the caller's transaction ends: a second caller, on any node, waits here until then.
     * Use it first in the transaction of work that two nodes must not do at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdForTransaction(String name) {
        int rows = em.createNativeQuery("UPDATE cluster_lease SET held_by = ? WHERE name = ?")
                .setParameter(1, NODE)
                .setParameter(2, name)
                .executeUpdate();
        requireRow(name, rows);
    }

    /**
     * Takes the named lease for {@code period} if nobody holds it now, in a transaction of its own: true for exactly
     * one of the nodes that ask at the same time; the others (and anyone asking before the period ends) get false.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryTake(String name, Duration period) {
        Instant now = clock.instant();
        int rows = em.createNativeQuery("UPDATE cluster_lease SET held_by = ?, run_after = ?"
                        + " WHERE name = ? AND (run_after IS NULL OR run_after <= ?)")
                .setParameter(1, NODE)
                .setParameter(2, Timestamp.from(now.plus(period)))
                .setParameter(3, name)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (rows == 0) {
            Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM cluster_lease WHERE name = ?")
                    .setParameter(1, name)
                    .getSingleResult();
            requireRow(name, known.intValue());
        }
        return rows == 1;
    }

    private static void requireRow(String name, int rows) {
        if (rows != 1) {
            throw new IllegalStateException("No cluster lease named " + name + " (add its row in a migration)");
        }
    }
}
