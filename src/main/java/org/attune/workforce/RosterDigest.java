package org.attune.workforce;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.platform.cluster.ClusterLeases;

/**
 * The managers' weekly e-mail digest of roster alerts (facilitators whose certificate has expired, is suspended or
 * revoked, or expires soon), on by default and turned off on the manager's roster page. Every node's timer fires on
 * Monday morning; the node that takes the lease sends, one transaction per manager (the digest written to the mail
 * outbox), and the others find the lease taken for the week.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RosterDigest {

    private static final Logger LOG = Logger.getLogger(RosterDigest.class.getName());

    /** How long the lease keeps the other nodes (and a second timer this week) from sending again. */
    static final Duration ONCE_A_WEEK = Duration.ofDays(6);

    @Inject
    private ClusterLeases leases;

    @Inject
    private PeopleService people;

    @Inject
    private WorkforceService workforce;

    @Schedule(dayOfWeek = "Mon", hour = "7", minute = "17", persistent = false)
    void weekly() {
        sendIfDue();
    }

    /** Sends this week's digests if no node has yet; returns how many managers were mailed (0 when already sent). */
    public int sendIfDue() {
        if (!leases.tryTake(ClusterLeases.ROSTER_DIGEST, ONCE_A_WEEK)) {
            return 0;
        }
        int sent = 0;
        for (Person manager : people.rosterDigestRecipients()) {
            try {
                if (workforce.sendDigest(manager.id())) {
                    sent++;
                }
            } catch (RuntimeException e) { // one manager's failure must not stop the others' digests
                LOG.log(Level.WARNING, "Roster digest for person " + manager.id() + " failed", e);
            }
        }
        LOG.log(Level.INFO, "Roster digest sent to {0} managers", sent);
        return sent;
    }
}
