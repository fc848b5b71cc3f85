package org.attune.delivery;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.attune.certification.CertificateNumber;
import org.attune.testing.TestPeople;

/**
 * Certificates, programmes and parents' responses written directly, for tests of what is built on them (renewal
 * evidence, an organisation's aggregate). Responses answer every statement of {@code content/feedback.yaml}.
 */
final class DeliveryFixtures {

    static final List<String> STATEMENTS = List.of(
            "noticing-ready",
            "asking-permission",
            "baby-telling-me",
            "had-enough",
            "doing-well",
            "welcome",
            "other-parents");

    private static final String ALPHABET = "ACDEFHJKMNPRTUVWXY34679";

    private final TestPeople data;
    private final SecureRandom random = new SecureRandom();

    DeliveryFixtures(TestPeople data) {
        this.data = data;
    }

    /** An active certificate of the holder, issued by the organisation, expiring at {@code expiresAt}; its id. */
    long certificate(long holderId, long organisationId, long trainerId, Instant issuedAt, Instant expiresAt)
            throws Exception {
        long syllabus = data.count("SELECT MAX(id) FROM syllabus_version");
        return data.insertRow(
                "INSERT INTO certificate (cert_number, person_id, holder_name, organisation_id,"
                        + " organisation_name, accreditation_at_issue, signed_off_by, signed_off_by_name, course_code,"
                        + " course_title, syllabus_version_id, syllabus_label, syllabus_hash, competences, issued_at,"
                        + " expires_at, status, issue_key, version) VALUES (?, ?, 'Test holder', ?, 'Training',"
                        + " 'ACCREDITED', ?, 'Trainer', 'ATT-IC', 'Course', ?, '2026.1', 'hash', 'Reading cues', ?, ?,"
                        + " 'ACTIVE', ?, 1)",
                CertificateNumber.random(random).value(),
                holderId,
                organisationId,
                trainerId,
                syllabus,
                Timestamp.from(issuedAt),
                Timestamp.from(expiresAt),
                "delivery-fixture:" + data.tag() + ":" + holderId + ":" + random.nextLong());
    }

    /** A programme of the person with one session on {@code date}; the session's feedback code. */
    String programme(long personId, LocalDate date) throws Exception {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        long programme = data.insertRow(
                "INSERT INTO delivery_programme (person_id, setting, starts_on, session_count,"
                        + " commissioner_name, expected_families, created_at) VALUES (?, 'FAMILY_HUB', ?, 1, 'Test Hub', 8,"
                        + " NOW(6))",
                personId,
                Date.valueOf(date));
        data.insertRow(
                "INSERT INTO delivery_session (programme_id, session_number, session_date, feedback_code)"
                        + " VALUES (?, 1, ?, ?)",
                programme,
                Date.valueOf(date),
                code.toString());
        return code.toString();
    }

    /** {@code count} parents' responses to the code's session, each answering every statement {@code answer}. */
    void responses(String code, int count, String answer, String comment) throws Exception {
        long session = data.count("SELECT id FROM delivery_session WHERE feedback_code = ?", code);
        for (int i = 0; i < count; i++) {
            long response = data.insertRow(
                    "INSERT INTO delivery_response (session_id, form_version, received_on, comment)"
                            + " VALUES (?, 1, CURRENT_DATE, ?)",
                    session,
                    comment);
            for (String statement : STATEMENTS) {
                data.insertRow(
                        "INSERT INTO delivery_answer (response_id, item_key, answer) VALUES (?, ?, ?)",
                        response,
                        statement,
                        answer);
            }
        }
    }

    /** The person shares their aggregated profile with their training organisation. */
    void sharesWithTraining(long personId) throws Exception {
        data.insertRow(
                "INSERT INTO delivery_sharing (person_id, with_training, with_employers, changed_at)"
                        + " VALUES (?, TRUE, FALSE, NOW(6))",
                personId);
    }
}
