package org.attune.testing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Puts a test trainee's record straight into the database, so certificate tests start where a trainee who has done
 * the work would be: the course read, every quiz passed, the practicum done and observed, signed off, and the
 * training organisation's accreditation. Each step is separate, so a test can leave one out.
 */
public final class Certifiable {

    private final DataSource dataSource;

    public Certifiable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Enrols on the newest imported syllabus, reads every core section and passes every core quiz. */
    public long completeCourse(long personId) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long syllabus = single(
                    c,
                    "SELECT id FROM syllabus_version WHERE course_code = 'ATT-IC'"
                            + " ORDER BY imported_at DESC, id DESC LIMIT 1");
            long enrolment;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT id, syllabus_version_id FROM enrolment WHERE person_id = " + personId)) {
                if (rs.next()) { // enrolled already, by opening the course
                    enrolment = rs.getLong(1);
                    syllabus = rs.getLong(2);
                } else {
                    enrolment = -1;
                }
            }
            if (enrolment < 0) {
                enrolment = insert(
                        c,
                        "INSERT INTO enrolment (person_id, course_code, syllabus_version_id,"
                                + " enrolled_at, version) VALUES (?, 'ATT-IC', ?, ?, 1)",
                        personId,
                        syllabus,
                        now());
            }
            readAndPass(c, enrolment, personId, syllabus, false);
            return enrolment;
        }
    }

    /** Reads the CPD refresher module and passes its quiz now. */
    public void passRefresher(long personId) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long enrolment = single(c, "SELECT id FROM enrolment WHERE person_id = " + personId);
            long syllabus = single(c, "SELECT syllabus_version_id FROM enrolment WHERE id = " + enrolment);
            readAndPass(c, enrolment, personId, syllabus, true);
        }
    }

    private void readAndPass(Connection c, long enrolment, long personId, long syllabus, boolean refresher)
            throws Exception {
        List<long[]> modules = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT m.id, q.id, m.module_key"
                        + " FROM course_module m JOIN quiz_definition q ON q.course_module_id = m.id"
                        + " WHERE m.syllabus_version_id = " + syllabus + " AND m.refresher = "
                        + (refresher ? "TRUE" : "FALSE"))) {
            while (rs.next()) {
                modules.add(new long[] {rs.getLong(1), rs.getLong(2)});
                keys.add(rs.getString(3));
            }
        }
        for (int i = 0; i < modules.size(); i++) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO section_read (enrolment_id, module_section_id, read_at) SELECT "
                        + enrolment + ", id, CURRENT_TIMESTAMP FROM module_section WHERE course_module_id = "
                        + modules.get(i)[0]);
            }
            insert(
                    c,
                    "INSERT INTO quiz_attempt (enrolment_id, person_id, quiz_definition_id, module_key,"
                            + " attempt_number, started_at, submitted_at, timed_out, score, passed, version)"
                            + " VALUES (?, ?, ?, ?, 1, ?, ?, FALSE, 100, TRUE, 1)",
                    enrolment,
                    personId,
                    modules.get(i)[1],
                    keys.get(i),
                    now(),
                    now());
        }
    }

    /**
     * One programme of five sessions with the same five families (F1 to F5) at each, the last two observed by the
     * trainer on different dates with every competence competent (each rating under its competence's evidence
     * method), as a sign-off needs.
     */
    public void completePractice(long personId, long trainerId) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long[] sessions = new long[5];
            for (int n = 1; n <= 5; n++) {
                sessions[n - 1] = insert(
                        c,
                        "INSERT INTO practicum_session (person_id, session_date, setting,"
                                + " session_number, families, reflection, parent_feedback, logged_at, version)"
                                + " VALUES (?, ?, 'FAMILY_HUB', ?, 5, ?, ?, ?, 1)",
                        personId,
                        Date.valueOf(LocalDate.now().minusDays(40 - n)),
                        n,
                        "Babies in quiet alert; I named a yawn as a wish for a pause.",
                        "Parents felt confident.",
                        now());
                for (int f = 1; f <= 5; f++) {
                    insert(
                            c,
                            "INSERT INTO practicum_family (session_id, family_code) VALUES (?, ?)",
                            sessions[n - 1],
                            "F" + f);
                }
            }
            long syllabus = single(c, "SELECT syllabus_version_id FROM enrolment WHERE person_id = " + personId);
            int[] daysAgo = {9, 2};
            for (int i = 0; i < daysAgo.length; i++) {
                long observation = insert(
                        c,
                        "INSERT INTO observation (session_id, trainee_id, trainer_id,"
                                + " observed_on, overall_comment, saved_by, saved_at, version)"
                                + " VALUES (?, ?, ?, ?, 'Ready.', ?, ?, 1)",
                        sessions[3 + i],
                        personId,
                        trainerId,
                        Date.valueOf(LocalDate.now().minusDays(daysAgo[i])),
                        trainerId,
                        now());
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO competence_rating (observation_id, competence_key, rating, evidence,"
                            + " method) SELECT " + observation + ", competence_key, 'COMPETENT',"
                            + " 'Seen with every family.', evidence_method FROM competence_definition"
                            + " WHERE syllabus_version_id = " + syllabus);
                }
            }
        }
    }

    /** A sign-off that counts, given by the trainer at the moment given. */
    public long signOff(long personId, long organisationId, long trainerId, Instant at) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return insert(
                    c,
                    "INSERT INTO sign_off (trainee_id, organisation_id, signed_by, signed_at, state, sampled,"
                            + " active_trainee_id, version) VALUES (?, ?, ?, ?, 'SIGNED_OFF', FALSE, ?, 1)",
                    personId,
                    organisationId,
                    trainerId,
                    Timestamp.from(at),
                    personId);
        }
    }

    /** An accreditation decision (ACCREDITED, ACCREDITED_WITH_CONDITIONS or REFUSED). */
    public void accredit(long organisationId, String outcome, Instant decidedAt, Instant validUntil) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            insert(
                    c,
                    "INSERT INTO accreditation (organisation_id, outcome, focus, decided_at, valid_from, valid_until)"
                            + " VALUES (?, ?, 'Infant communication first; strokes are the vehicle.', ?, ?, ?)",
                    organisationId,
                    outcome,
                    Timestamp.from(decidedAt),
                    Timestamp.from(decidedAt),
                    validUntil == null ? null : Timestamp.from(validUntil));
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static long insert(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }
}
