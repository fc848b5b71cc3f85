package org.attune.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where Attune keeps data about a person: every table and column that refers to them, and the query that exports
 * those rows. {@code PersonalDataCoverageIT} compares {@link #coverage()} with the live schema, so a new table that
 * refers to a person fails the build until it is added here. Secrets (password and token hashes) and file contents
 * (exported as files of their own) are never selected.
 */
public final class PersonalData {

    private static final String OBSERVED = "SELECT id FROM observation WHERE trainee_id = {id}";

    static final List<ExportQuery> QUERIES = List.of(
            q(
                    "profile",
                    "person",
                    "person",
                    Set.of("id"),
                    "SELECT id, email, display_name, active, roster_digest,"
                            + " created_at, credentials_changed_at, erased_at FROM person WHERE id = {id}"),
            q(
                    "profile",
                    "roles",
                    "person_role",
                    Set.of("person_id"),
                    "SELECT role FROM person_role WHERE person_id = {id} ORDER BY role"),
            q(
                    "account-security",
                    "known_devices",
                    "sign_in_known_device",
                    Set.of("person_id"),
                    "SELECT created_at, expires_at FROM sign_in_known_device WHERE person_id = {id}"),
            q(
                    "account-security",
                    "password_reset_links",
                    "password_reset_token",
                    Set.of("person_id"),
                    "SELECT created_at, expires_at, used_at FROM password_reset_token WHERE person_id = {id}"),
            q(
                    "account-security",
                    "email_address_changes",
                    "email_change",
                    Set.of("person_id"),
                    "SELECT new_email, created_at, expires_at, used_at FROM email_change WHERE person_id = {id}"),
            q(
                    "memberships",
                    "organisation",
                    "membership",
                    Set.of("person_id"),
                    "SELECT m.organisation_id,"
                            + " o.name AS organisation_name, m.joined_at FROM membership m JOIN organisation o"
                            + " ON o.id = m.organisation_id WHERE m.person_id = {id}"),
            q(
                    "memberships",
                    "cohorts",
                    "cohort_member",
                    Set.of("person_id"),
                    "SELECT c.id AS cohort_id,"
                            + " c.name AS cohort_name FROM cohort_member cm JOIN cohort c ON c.id = cm.cohort_id"
                            + " WHERE cm.person_id = {id}"),
            q(
                    "memberships",
                    "invitations_created",
                    "invitation",
                    Set.of("created_by"),
                    "SELECT id, cohort_id,"
                            + " created_at, expires_at, withdrawn_at FROM invitation WHERE created_by = {id}"),
            q(
                    "enrolments",
                    "enrolments",
                    "enrolment",
                    Set.of("person_id"),
                    "SELECT id, course_code,"
                            + " syllabus_version_id, enrolled_at, last_module_key, last_activity_at FROM enrolment"
                            + " WHERE person_id = {id}"),
            q(
                    "enrolments",
                    "sections_read",
                    "section_read",
                    Set.of(),
                    "SELECT r.enrolment_id, s.anchor,"
                            + " s.title, r.read_at FROM section_read r JOIN module_section s ON s.id = r.module_section_id"
                            + " WHERE r.enrolment_id IN (SELECT id FROM enrolment WHERE person_id = {id})"
                            + " ORDER BY r.read_at"),
            q(
                    "quiz-attempts",
                    "attempts",
                    "quiz_attempt",
                    Set.of("person_id"),
                    "SELECT id, module_key,"
                            + " attempt_number, started_at, deadline_at, submitted_at, timed_out, score, passed,"
                            + " override_score, override_reason, overridden_at FROM quiz_attempt WHERE person_id = {id}"
                            + " ORDER BY started_at"),
            q(
                    "quiz-attempts",
                    "answers",
                    "attempt_question",
                    Set.of(),
                    "SELECT attempt_id, position,"
                            + " question_key, answer, answered_at, score FROM attempt_question WHERE attempt_id IN"
                            + " (SELECT id FROM quiz_attempt WHERE person_id = {id}) ORDER BY attempt_id, position"),
            q(
                    "quiz-attempts",
                    "grades_you_overrode",
                    "quiz_attempt",
                    Set.of("overridden_by"),
                    "SELECT id,"
                            + " module_key, override_score, override_reason, overridden_at FROM quiz_attempt"
                            + " WHERE overridden_by = {id}"),
            q(
                    "quiz-attempts",
                    "extra_time",
                    "quiz_accommodation",
                    Set.of("person_id", "granted_by"),
                    "SELECT person_id, extra_time_percent, granted_by, granted_at FROM quiz_accommodation"
                            + " WHERE person_id = {id} OR granted_by = {id}"),
            q(
                    "quiz-attempts",
                    "extra_attempts",
                    "quiz_extra_attempt",
                    Set.of("person_id", "granted_by"),
                    "SELECT person_id, module_key, extra, granted_by, granted_at FROM quiz_extra_attempt"
                            + " WHERE person_id = {id} OR granted_by = {id}"),
            q(
                    "practicum",
                    "sessions",
                    "practicum_session",
                    Set.of("person_id"),
                    "SELECT id, session_date,"
                            + " setting, programme, session_number, families, reflection, parent_feedback, logged_at"
                            + " FROM practicum_session WHERE person_id = {id} ORDER BY session_date"),
            q(
                    "practicum",
                    "family_codes",
                    "practicum_family",
                    Set.of(),
                    "SELECT session_id, family_code"
                            + " FROM practicum_family WHERE session_id IN (SELECT id FROM practicum_session"
                            + " WHERE person_id = {id})"),
            q(
                    "observations",
                    "observations",
                    "observation",
                    Set.of("trainee_id", "trainer_id", "saved_by"),
                    "SELECT id, session_id, trainee_id, trainer_id, observed_on, overall_comment, saved_by,"
                            + " saved_at FROM observation WHERE trainee_id = {id} OR trainer_id = {id} OR saved_by = {id}"),
            q(
                    "observations",
                    "ratings",
                    "competence_rating",
                    Set.of(),
                    "SELECT observation_id,"
                            + " competence_key, rating, method, evidence FROM competence_rating WHERE observation_id IN ("
                            + OBSERVED + " OR trainer_id = {id})"),
            q(
                    "observations",
                    "evidence_files",
                    "evidence_file",
                    Set.of("uploaded_by"),
                    "SELECT id,"
                            + " observation_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
                            + " FROM evidence_file WHERE uploaded_by = {id} OR observation_id IN (" + OBSERVED + ")"),
            q(
                    "observations",
                    "sign_offs",
                    "sign_off",
                    Set.of("trainee_id", "active_trainee_id", "signed_by", "moderated_by", "reopened_by"),
                    "SELECT id, trainee_id, organisation_id, signed_by, signed_at,"
                            + " state, sampled, moderated_by, moderated_at, moderation_comment, reopened_by, reopened_at,"
                            + " reopen_reason FROM sign_off WHERE trainee_id = {id} OR active_trainee_id = {id}"
                            + " OR signed_by = {id} OR moderated_by = {id} OR reopened_by = {id}"),
            q(
                    "certificates",
                    "certificates",
                    "certificate",
                    Set.of("person_id", "signed_off_by", "status_changed_by"),
                    "SELECT c.cert_number, c.person_id, c.holder_name, c.organisation_name,"
                            + " c.accreditation_at_issue, c.signed_off_by, c.signed_off_by_name, c.course_code,"
                            + " c.course_title, c.syllabus_label, c.competences, c.issued_at, c.expires_at, c.status,"
                            + " c.status_reason, c.status_changed_at, c.status_changed_by, s.credential"
                            + " FROM certificate c LEFT JOIN certificate_credential s ON s.certificate_id = c.id"
                            + " WHERE c.person_id = {id} OR c.signed_off_by = {id} OR c.status_changed_by = {id}"
                            + " ORDER BY c.issued_at"),
            q(
                    "certificates",
                    "renewal_delivery_reviews",
                    "renewal_delivery_review",
                    Set.of("person_id", "decided_by"),
                    "SELECT certificate_id, person_id, organisation_id, state, requested_at, decided_by, decided_at,"
                            + " comment FROM renewal_delivery_review WHERE person_id = {id} OR decided_by = {id}"
                            + " ORDER BY requested_at"),
            q(
                    "delivery",
                    "programmes",
                    "delivery_programme",
                    Set.of("person_id"),
                    "SELECT id, setting, starts_on,"
                            + " session_count, commissioner_name, commissioner_id, expected_families, created_at"
                            + " FROM delivery_programme WHERE person_id = {id} ORDER BY starts_on"),
            q(
                    "delivery",
                    "sessions",
                    "delivery_session",
                    Set.of(),
                    "SELECT s.programme_id, s.session_number,"
                            + " s.session_date, s.feedback_code, (SELECT COUNT(*) FROM delivery_response r"
                            + " WHERE r.session_id = s.id) AS responses FROM delivery_session s WHERE s.programme_id IN"
                            + " (SELECT id FROM delivery_programme WHERE person_id = {id}) ORDER BY s.session_date"),
            q(
                    "delivery",
                    "sharing",
                    "delivery_sharing",
                    Set.of("person_id"),
                    "SELECT with_training,"
                            + " with_employers, changed_at FROM delivery_sharing WHERE person_id = {id}"),
            q(
                    "organisation-work",
                    "accreditation_decisions",
                    "accreditation",
                    Set.of("decided_by"),
                    "SELECT id,"
                            + " organisation_id, outcome, decided_at, valid_from, valid_until FROM accreditation"
                            + " WHERE decided_by = {id}"),
            q(
                    "organisation-work",
                    "accreditation_applications",
                    "accreditation_application",
                    Set.of("submitted_by", "decided_by"),
                    "SELECT id, organisation_id, submitted_by, submitted_at,"
                            + " state, decided_by FROM accreditation_application WHERE submitted_by = {id}"
                            + " OR decided_by = {id}"),
            q(
                    "organisation-work",
                    "roster_entries_added",
                    "roster_entry",
                    Set.of("added_by"),
                    "SELECT employer_id," + " certificate_number, added_at FROM roster_entry WHERE added_by = {id}"),
            q(
                    "organisation-work",
                    "api_tokens_created",
                    "api_token",
                    Set.of("created_by"),
                    "SELECT id,"
                            + " employer_id, name, token_prefix, created_at, last_used_at, revoked_at FROM api_token"
                            + " WHERE created_by = {id}"),
            q(
                    "organisation-work",
                    "webhook_addresses_added",
                    "webhook_endpoint",
                    Set.of("created_by"),
                    "SELECT id,"
                            + " employer_id, url, created_at, removed_at FROM webhook_endpoint WHERE created_by = {id}"),
            q(
                    "organisation-work",
                    "content_imports_requested",
                    "content_import",
                    Set.of("requested_by"),
                    "SELECT id, attempted_at, outcome, syllabus_version_id FROM content_import"
                            + " WHERE requested_by = {idtext} OR requested_by = {email}"),
            q(
                    "audit-events",
                    "events",
                    "audit_event",
                    Set.of("actor", "subject"),
                    "SELECT id, occurred_at,"
                            + " actor, action, subject, detail, client_address FROM audit_event WHERE actor = {idtext}"
                            + " OR actor = {ref} OR actor = {email} OR subject = {ref} OR subject = {email}"
                            + " OR detail = {ref} ORDER BY occurred_at, id"),
            q(
                    "mail",
                    "messages",
                    "mail_outbox",
                    Set.of("recipient"),
                    "SELECT created_at, subject, body, state,"
                            + " sent_at FROM mail_outbox WHERE recipient = {email} ORDER BY created_at"));

    /** The evidence files about the person as a trainee, with their contents. */
    static final String EVIDENCE_FILES = "SELECT f.id, f.file_name, c.content FROM evidence_file f"
            + " JOIN evidence_content c ON c.evidence_id = f.id WHERE f.observation_id IN (" + OBSERVED + ")"
            + " ORDER BY f.id";

    private PersonalData() {}

    private static ExportQuery q(String file, String key, String table, Set<String> columns, String sql) {
        return new ExportQuery(file + ".json", key, table, columns, sql);
    }

    /** The export's files, in order. */
    public static List<String> files() {
        return QUERIES.stream().map(ExportQuery::file).distinct().toList();
    }

    /** Every table the export reads, with the columns through which it finds the person. */
    public static Map<String, Set<String>> coverage() {
        Map<String, Set<String>> covered = new TreeMap<>();
        for (ExportQuery query : QUERIES) {
            covered.computeIfAbsent(query.table(), t -> new LinkedHashSet<>()).addAll(query.personColumns());
        }
        covered.computeIfAbsent("evidence_content", t -> new LinkedHashSet<>());
        return covered;
    }
}
