package org.attune.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.attune.platform.cluster.ClusterLeases;

/**
 * Applies the retention schedule once a day, on one node of a cluster: every node's timer fires, the node that takes
 * the lease runs it, the others find it taken for the day.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    /** Longer than any run, shorter than a day, so a node's timer a few minutes late still finds it free next day. */
    static final Duration LEASE = Duration.ofHours(20);

    @Inject
    private ClusterLeases leases;

    @Inject
    private RetentionService retention;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void daily() {
        runIfDue();
    }

    /** Runs the schedule if no node has run it within the lease; true when this call ran it. */
    public boolean runIfDue() {
        if (!leases.tryTake(ClusterLeases.RETENTION, LEASE)) {
            return false;
        }
        retention.apply();
        return true;
    }
}
