package org.attune.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.attune.audit.AuditEvent;
import org.attune.audit.AuditLog;
import org.attune.testing.Deployments;
import org.attune.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention schedule against the real database with its default settings: rows just past each period are deleted
 * (by the feature that owns them), rows just inside it and rows the rules protect survive, one audit event counts
 * each kind, and the daily job runs once however many nodes' timers fire.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(TestPeople.class, TestPeople.Person.class);
    }

    @Inject
    private RetentionService retention;

    @Inject
    private RetentionJob job;

    @Inject
    private AuditLog audit;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    private TestPeople data;
    private long organisation;
    private TestPeople.Person trainer;
    private final Instant now = Instant.now();

    @BeforeEach
    void organisation() throws Exception {
        data = new TestPeople(dataSource);
        organisation = data.organisation("TRAINING", "Retention Training");
        trainer = data.person("retention-trainer", organisation, "TRAINER");
    }

    @AfterEach
    void removeData() throws Exception {
        data.close();
        execute("DELETE FROM sign_in_known_device WHERE token_hash LIKE ?", data.tag() + "%");
        execute(
                "DELETE FROM audit_event WHERE action IN (?, ?) AND occurred_at >= ?",
                RetentionService.APPLIED,
                RetentionService.NOT_APPLIED,
                Timestamp.from(now.minusSeconds(60)));
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    private Instant monthsAgo(int months) {
        return now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    @Test
    void eachRuleDeletesWhatIsPastItsPeriodKeepsWhatIsInsideAndOneAuditEventCountsEachKind() throws Exception {
        retention.apply(); // whatever earlier runs left past its period goes first, so the counts below are exact

        // evidence: 12 months after the sign-off took effect (its moderation when it was sampled)
        long pastFiles = evidenceOf(signedOff(monthsAgo(13), null, "SIGNED_OFF"), 2, monthsAgo(14));
        long recentFile = evidenceOf(signedOff(monthsAgo(11), null, "SIGNED_OFF"), 1, monthsAgo(12));
        long reopenedFile = evidenceOf(signedOff(monthsAgo(13), null, "REOPENED"), 1, monthsAgo(14));
        long moderatedFile = evidenceOf(signedOff(monthsAgo(14), monthsAgo(11), "SIGNED_OFF"), 1, monthsAgo(15));
        long notSignedOffFile =
                evidenceOf(data.person("in-training", organisation, "TRAINEE").id(), 1, monthsAgo(20));

        // unfinished registrations: imported trainees whose password was never chosen, after 30 days
        long cohort = data.cohort(organisation, "Retention cohort");
        long unfinished = account("unfinished", "TRAINEE", daysAgo(31), false, cohort);
        long recentImport = account("recent-import", "TRAINEE", daysAgo(29), false, cohort);
        long finished = account("finished", "TRAINEE", daysAgo(31), true, cohort);
        long staff = account("staff", "TRAINER", daysAgo(31), false, null);

        // invitations: 30 days after they expired or were withdrawn
        long expiredLongAgo = invitation(cohort, daysAgo(45), daysAgo(31), null);
        long expiredRecently = invitation(cohort, daysAgo(43), daysAgo(29), null);
        long withdrawnLongAgo = invitation(cohort, daysAgo(35), now.plus(Duration.ofDays(3)), daysAgo(31));
        long usable = invitation(cohort, daysAgo(1), now.plus(Duration.ofDays(13)), null);

        // sign-in records: 90 days after last use, even when a row's own expiry is later
        throttle("old", daysAgo(95), daysAgo(91));
        throttle("recent", daysAgo(95), daysAgo(89));
        knownDevice("old", daysAgo(91));
        knownDevice("recent", daysAgo(89));

        // delivered mail: 30 days after delivery; undelivered mail stays
        long oldMail = mail("SENT", daysAgo(31));
        long recentMail = mail("SENT", daysAgo(29));
        long failedMail = mail("FAILED", null);

        RetentionRun run = retention.apply().orElseThrow();

        assertEquals(0, count("SELECT COUNT(*) FROM evidence_file WHERE observation_id = ?", pastFiles));
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM evidence_content c JOIN evidence_file f ON f.id = c.evidence_id"
                                + " WHERE f.observation_id = ?",
                        pastFiles));
        assertEquals(1, count("SELECT COUNT(*) FROM evidence_file WHERE observation_id = ?", recentFile));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM evidence_file WHERE observation_id = ?", reopenedFile),
                "evidence of a reopened sign-off was deleted");
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM evidence_file WHERE observation_id = ?", moderatedFile),
                "evidence of a sign-off that took effect at its moderation 11 months ago was deleted");
        assertEquals(1, count("SELECT COUNT(*) FROM evidence_file WHERE observation_id = ?", notSignedOffFile));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM evidence_content c JOIN evidence_file f ON f.id = c.evidence_id"
                                + " WHERE f.observation_id = ?",
                        recentFile));

        for (String table : List.of("person", "person_role", "membership", "cohort_member", "password_reset_token")) {
            String column = table.equals("person") ? "id" : "person_id";
            assertEquals(
                    0,
                    count("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", unfinished),
                    table + " of the unfinished registration");
        }
        for (long kept : new long[] {recentImport, finished, staff}) {
            assertEquals(1, count("SELECT COUNT(*) FROM person WHERE id = ?", kept));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM cohort_member WHERE person_id = ?", recentImport));

        assertEquals(0, count("SELECT COUNT(*) FROM invitation WHERE id IN (?, ?)", expiredLongAgo, withdrawnLongAgo));
        assertEquals(2, count("SELECT COUNT(*) FROM invitation WHERE id IN (?, ?)", expiredRecently, usable));

        assertEquals(0, count("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ?", throttleKey("old")));
        assertEquals(1, count("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ?", throttleKey("recent")));
        assertEquals(0, count("SELECT COUNT(*) FROM sign_in_known_device WHERE token_hash = ?", deviceHash("old")));
        assertEquals(1, count("SELECT COUNT(*) FROM sign_in_known_device WHERE token_hash = ?", deviceHash("recent")));

        assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE id = ?", oldMail));
        assertEquals(2, count("SELECT COUNT(*) FROM mail_outbox WHERE id IN (?, ?)", recentMail, failedMail));

        assertEquals(2, run.count(RetentionKind.EVIDENCE_FILES));
        assertEquals(1, run.count(RetentionKind.UNFINISHED_REGISTRATIONS));
        assertEquals(2, run.count(RetentionKind.INVITATIONS));
        assertEquals(2, run.count(RetentionKind.SIGN_IN_RECORDS));
        assertEquals(1, run.count(RetentionKind.DELIVERED_MAIL));
        assertTrue(run.failures().isEmpty());
        AuditEvent event =
                audit.search(RetentionService.APPLIED, null, null, null, 1).get(0);
        assertEquals(
                "evidence-files=2 unfinished-registrations=1 invitations=2 sign-in-records=2 delivered-mail=1",
                event.getDetail());
    }

    @Test
    void theDailyJobRunsOnceAcrossTheClusterHoweverManyTimersFire() throws Exception {
        execute("UPDATE cluster_lease SET run_after = NULL WHERE name = 'retention'");
        int before = count("SELECT COUNT(*) FROM audit_event WHERE action = ?", RetentionService.APPLIED);
        assertTrue(job.runIfDue(), "the first node's timer did not run the job");
        assertFalse(job.runIfDue(), "a second node's timer ran the job again the same day");
        assertEquals(
                before + 1,
                count("SELECT COUNT(*) FROM audit_event WHERE action = ?", RetentionService.APPLIED),
                "one audit event per run");
    }

    /** A trainee with a sign-off of this state, signed and (if sampled) moderated at these times; the trainee. */
    private long signedOff(Instant signedAt, Instant moderatedAt, String state) throws Exception {
        long trainee = data.person("signed-" + UUID.randomUUID().toString().substring(0, 6), organisation, "TRAINEE")
                .id();
        data.insertRow(
                "INSERT INTO sign_off (trainee_id, organisation_id, signed_by, signed_at, state, sampled,"
                        + " moderated_by, moderated_at, active_trainee_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                trainee,
                organisation,
                trainer.id(),
                Timestamp.from(signedAt),
                state,
                moderatedAt != null,
                moderatedAt == null ? null : trainer.id(),
                moderatedAt == null ? null : Timestamp.from(moderatedAt),
                state.equals("SIGNED_OFF") ? trainee : null);
        return trainee;
    }

    /** An observed session of the trainee with this many evidence files uploaded at {@code at}; the observation. */
    private long evidenceOf(long trainee, int files, Instant at) throws Exception {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        long session = data.insertRow(
                "INSERT INTO practicum_session (person_id, session_date, setting, session_number,"
                        + " families, reflection, parent_feedback, logged_at, version) VALUES (?, ?, 'CLINIC', 1, 5, 'R', 'P',"
                        + " ?, 1)",
                trainee,
                Date.valueOf(day),
                Timestamp.from(at));
        long observation = data.insertRow(
                "INSERT INTO observation (session_id, trainee_id, trainer_id, observed_on,"
                        + " overall_comment, saved_by, saved_at, version) VALUES (?, ?, ?, ?, 'Fine.', ?, ?, 1)",
                session,
                trainee,
                trainer.id(),
                Date.valueOf(day),
                trainer.id(),
                Timestamp.from(at));
        for (int i = 0; i < files; i++) {
            long file = data.insertRow(
                    "INSERT INTO evidence_file (observation_id, file_name, content_type, size_bytes,"
                            + " sha256, uploaded_by, uploaded_at) VALUES (?, 'notes.pdf', 'application/pdf', 9, ?, ?, ?)",
                    observation,
                    "0".repeat(64),
                    trainer.id(),
                    Timestamp.from(at));
            data.insertRow(
                    "INSERT INTO evidence_content (evidence_id, content) VALUES (?, ?)",
                    file,
                    "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        }
        return observation;
    }

    /** A person made at {@code createdAt}, with or without a password, in the cohort if one is given. */
    private long account(String label, String role, Instant createdAt, boolean password, Long cohort) throws Exception {
        long id = data.person(label, organisation, role).id();
        execute(
                "UPDATE person SET created_at = ?" + (password ? "" : ", password_hash = NULL") + " WHERE id = ?",
                Timestamp.from(createdAt),
                id);
        if (cohort != null) {
            execute("INSERT INTO cohort_member (cohort_id, person_id) VALUES (?, ?)", cohort, id);
            data.insertRow(
                    "INSERT INTO password_reset_token (person_id, token_hash, created_at, expires_at)"
                            + " VALUES (?, ?, ?, ?)",
                    id,
                    Long.toHexString(id) + data.tag() + "0".repeat(40).substring(0, 40),
                    Timestamp.from(createdAt),
                    Timestamp.from(createdAt.plus(Duration.ofMinutes(30))));
        }
        return id;
    }

    private long invitation(long cohort, Instant created, Instant expires, Instant withdrawn) throws Exception {
        return data.insertRow(
                "INSERT INTO invitation (cohort_id, code, created_by, created_at, expires_at,"
                        + " withdrawn_at) VALUES (?, ?, ?, ?, ?, ?)",
                cohort,
                UUID.randomUUID().toString(),
                trainer.id(),
                Timestamp.from(created),
                Timestamp.from(expires),
                withdrawn == null ? null : Timestamp.from(withdrawn));
    }

    private String throttleKey(String label) {
        return "pair:retention-" + label + "-" + data.tag() + "@example.org|192.0.2.1";
    }

    private void throttle(String label, Instant lastFailure, Instant succeeded) throws Exception {
        execute(
                "INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, succeeded_at, expires_at)"
                        + " VALUES (?, 0, ?, ?, ?)",
                throttleKey(label),
                Timestamp.from(lastFailure),
                Timestamp.from(succeeded),
                Timestamp.from(now.plus(Duration.ofDays(1))));
    }

    private String deviceHash(String label) {
        return (data.tag() + label + "0".repeat(64)).substring(0, 64);
    }

    private void knownDevice(String label, Instant created) throws Exception {
        execute(
                "INSERT INTO sign_in_known_device (token_hash, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                deviceHash(label),
                trainer.id(),
                Timestamp.from(created),
                Timestamp.from(now.plus(Duration.ofDays(1))));
    }

    private long mail(String state, Instant sentAt) throws Exception {
        return data.insertRow(
                "INSERT INTO mail_outbox (recipient, subject, body, created_at, state, sent_at)"
                        + " VALUES (?, 'Retention test', '', ?, ?, ?)",
                "mail-" + data.tag() + "@example.org",
                Timestamp.from(daysAgo(40)),
                state,
                sentAt == null ? null : Timestamp.from(sentAt));
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private int count(String sql, Object... parameters) throws Exception {
        return data.count(sql, parameters);
    }
}
