package org.attune.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.attune.platform.cluster.ClusterLeases;

/** Deletes expired sign-in throttle rows and known devices every hour, on one node of a cluster. */
@Singleton
public class SignInCleanup {

    private static final Logger LOG = Logger.getLogger(SignInCleanup.class.getName());

    @Inject
    private SignInRecords records;

    @Inject
    private ClusterLeases leases;

    @Inject
    private Clock clock;

    /** Every node's timer fires; the node that takes the lease deletes, the others find it taken for this hour. */
    @Schedule(hour = "*", minute = "41", persistent = false)
    void hourly() {
        if (leases.tryTake(ClusterLeases.SIGN_IN_CLEANUP, Duration.ofMinutes(50))) {
            int deleted = records.deleteExpired(clock.instant());
            LOG.fine(() -> "Deleted " + deleted + " expired sign-in rows");
        }
    }
}
