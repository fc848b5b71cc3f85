package org.attune.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.attune.account.PasswordHasher;

/**
 * Creates organisations and people straight in the test database for client-side tests, and removes them (with
 * whatever rows the application added about them) afterwards.
 */
public final class TestPeople implements AutoCloseable {

    public static final String PASSWORD = "test-suite-passphrase-42";
    private static final String HASH = new PasswordHasher().hash(PASSWORD.toCharArray());

    private final DataSource dataSource;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> people = new ArrayList<>();

    public TestPeople(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long organisation(String kind, String name) throws Exception {
        return insert(
                "INSERT INTO organisation (kind, name, created_at, version) VALUES (?, ?, ?, 1)",
                kind,
                name + " " + tag,
                Timestamp.from(Instant.now()));
    }

    /** A person with {@link #PASSWORD}, the given roles (Role names) and, unless null, an organisation. */
    public Person person(String label, Long organisationId, String... roles) throws Exception {
        String email = label + "-" + tag + "@example.org";
        long id = insert(
                "INSERT INTO person (email, display_name, password_hash, active, created_at, version)"
                        + " VALUES (?, ?, ?, TRUE, ?, 1)",
                email,
                "Test " + label,
                HASH,
                Timestamp.from(Instant.now()));
        people.add(id);
        for (String role : roles) {
            insert("INSERT INTO person_role (person_id, role) VALUES (?, ?)", id, role);
        }
        if (organisationId != null) {
            insert(
                    "INSERT INTO membership (person_id, organisation_id, joined_at) VALUES (?, ?, ?)",
                    id,
                    organisationId,
                    Timestamp.from(Instant.now()));
        }
        return new Person(id, email);
    }

    /** A cohort of a training organisation, with the given people as members. */
    public long cohort(long organisationId, String name, long... memberIds) throws Exception {
        long id = insert(
                "INSERT INTO cohort (organisation_id, name, created_at, version) VALUES (?, ?, ?, 1)",
                organisationId,
                name + " " + tag,
                Timestamp.from(Instant.now()));
        for (long member : memberIds) {
            insert("INSERT INTO cohort_member (cohort_id, person_id) VALUES (?, ?)", id, member);
        }
        return id;
    }

    public record Person(long id, String email) {}

    private long insert(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    /** Inserts a row as SQL gives it (for example as an earlier version of Attune wrote it); its generated id. */
    public long insertRow(String sql, Object... parameters) throws Exception {
        return insert(sql, parameters);
    }

    public int count(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A message written to the mail outbox (the body is emptied once an SMTP server took it). */
    public record Mail(String subject, String body) {}

    /** The messages in the outbox to this address, oldest first. */
    public List<Mail> mails(String recipient) throws Exception {
        List<Mail> mails = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY id")) {
            ps.setString(1, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mails.add(new Mail(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return mails;
    }

    public String tag() {
        return tag;
    }

    @Override
    public void close() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            String ownCohorts = "SELECT c.id FROM cohort c JOIN organisation o ON o.id = c.organisation_id"
                    + " WHERE o.name LIKE '% " + tag + "'";
            // people who registered or were imported into this test's cohorts are this test's data too
            List<Long> joined = new ArrayList<>();
            try (ResultSet rs =
                    s.executeQuery("SELECT person_id FROM cohort_member WHERE cohort_id IN (" + ownCohorts + ")")) {
                while (rs.next()) {
                    joined.add(rs.getLong(1));
                }
            }
            s.executeUpdate("DELETE FROM mail_outbox WHERE recipient LIKE '%-" + tag + "@example.org'");
            s.executeUpdate("DELETE FROM invitation WHERE cohort_id IN (" + ownCohorts + ")");
            s.executeUpdate("DELETE FROM cohort_member WHERE cohort_id IN (" + ownCohorts + ")");
            s.executeUpdate("DELETE FROM cohort WHERE id IN (SELECT id FROM (" + ownCohorts + ") AS own)");
            for (long id : joined) {
                if (!people.contains(id)) {
                    people.add(id);
                }
            }
            for (long id : people) {
                String observations = "SELECT id FROM observation WHERE trainee_id = " + id + " OR trainer_id = " + id;
                s.executeUpdate("DELETE FROM evidence_content WHERE evidence_id IN (SELECT id FROM evidence_file"
                        + " WHERE observation_id IN (" + observations + "))");
                s.executeUpdate("DELETE FROM evidence_file WHERE observation_id IN (" + observations + ")");
                s.executeUpdate("DELETE FROM competence_rating WHERE observation_id IN (" + observations + ")");
                s.executeUpdate("DELETE FROM observation WHERE id IN (SELECT id FROM (" + observations + ") AS o)");
                s.executeUpdate("DELETE FROM practicum_session WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM delivery_programme WHERE person_id = " + id); // sessions, answers go too
                s.executeUpdate("DELETE FROM delivery_sharing WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM certificate WHERE person_id = " + id + " AND supersedes_id IS NOT NULL");
                s.executeUpdate("DELETE FROM certificate WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM sign_off WHERE trainee_id = " + id + " OR signed_by = " + id);
                s.executeUpdate("DELETE FROM attempt_question WHERE attempt_id IN (SELECT id FROM quiz_attempt"
                        + " WHERE person_id = " + id + ")");
                s.executeUpdate("DELETE FROM quiz_attempt WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM quiz_accommodation WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM quiz_extra_attempt WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM section_read WHERE enrolment_id IN (SELECT id FROM enrolment"
                        + " WHERE person_id = " + id + ")");
                s.executeUpdate("DELETE FROM enrolment WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM content_import WHERE requested_by = '" + id + "'");
                s.executeUpdate("DELETE FROM password_reset_token WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM email_change WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM membership WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM person_role WHERE person_id = " + id);
                s.executeUpdate("DELETE FROM person WHERE id = " + id);
                s.executeUpdate("DELETE FROM audit_event WHERE actor = '" + id + "' OR subject = 'person:" + id + "'");
            }
            s.executeUpdate(
                    "DELETE FROM membership WHERE organisation_id IN (SELECT id FROM organisation WHERE name LIKE '% "
                            + tag + "')");
            s.executeUpdate("DELETE FROM accreditation WHERE organisation_id IN (SELECT id FROM organisation WHERE name"
                    + " LIKE '% " + tag + "')");
            s.executeUpdate("DELETE FROM organisation WHERE name LIKE '% " + tag + "'");
            s.executeUpdate("DELETE FROM sign_in_throttle WHERE throttle_key LIKE '%" + tag + "%'");
            s.executeUpdate("DELETE FROM audit_event WHERE subject LIKE '%" + tag + "%'");
        }
    }
}
