package org.attune.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.account.SignInRecords;
import org.attune.account.UnfinishedRegistrations;
import org.attune.audit.AuditLog;
import org.attune.competence.EvidenceRetention;
import org.attune.organisation.InvitationService;
import org.attune.platform.mail.OutboxRecords;

/**
 * Applies the retention schedule once: works out each kind's cutoff from the settings and asks the feature that owns
 * the data to delete what is older (no SQL here against another feature's tables), then writes one audit event with
 * the counts. A kind that fails is logged and named in the event; the others still run.
 */
@ApplicationScoped
public class RetentionService {

    /** The audit action of a run. */
    public static final String APPLIED = "RETENTION_APPLIED";
    /** The audit action of a run that deleted nothing because a setting was refused. */
    public static final String NOT_APPLIED = "RETENTION_NOT_APPLIED";

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @Inject
    private RetentionSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private EvidenceRetention evidence;

    @Inject
    private UnfinishedRegistrations unfinished;

    @Inject
    private RegistrationPurge registrations;

    @Inject
    private InvitationService invitations;

    @Inject
    private SignInRecords signIns;

    @Inject
    private OutboxRecords outbox;

    /** Runs the schedule now; empty (and nothing deleted) when a setting it applies was refused at start-up. */
    public Optional<RetentionRun> apply() {
        RetentionSchedule schedule = settings.schedule();
        if (!schedule.applicable()) {
            LOG.severe(() -> "Retention not applied: " + String.join("; ", schedule.problems()));
            audit.record(null, NOT_APPLIED, null, String.join("; ", schedule.problems()));
            return Optional.empty();
        }
        Instant now = clock.instant();
        RetentionRun run = new RetentionRun();
        each(
                run,
                RetentionKind.EVIDENCE_FILES,
                schedule,
                now,
                cutoff -> evidence.traineesDue(cutoff).stream()
                        .mapToInt(trainee -> evidence.deleteFor(trainee, cutoff))
                        .sum());
        each(
                run,
                RetentionKind.UNFINISHED_REGISTRATIONS,
                schedule,
                now,
                cutoff -> (int) unfinished.createdBefore(cutoff).stream()
                        .filter(person -> registrations.purge(person, cutoff))
                        .count());
        each(run, RetentionKind.INVITATIONS, schedule, now, invitations::deleteEndedBefore);
        each(run, RetentionKind.SIGN_IN_RECORDS, schedule, now, signIns::deleteUnusedSince);
        each(run, RetentionKind.DELIVERED_MAIL, schedule, now, outbox::forgetDeliveredBefore);
        audit.record(null, APPLIED, null, run.detail());
        LOG.info(() -> "Retention applied: " + run.detail());
        return Optional.of(run);
    }

    private static void each(
            RetentionRun run,
            RetentionKind kind,
            RetentionSchedule schedule,
            Instant now,
            ToIntFunction<Instant> deleteBefore) {
        try {
            run.deleted(kind, deleteBefore.applyAsInt(schedule.cutoff(kind.setting(), now)));
        } catch (RuntimeException e) {
            run.failed(kind);
            LOG.log(Level.WARNING, "Retention of " + kind.label() + " failed; the next run tries again", e);
        }
    }
}
