package org.attune.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.certification.Certificate;
import org.attune.certification.CertificationService;
import org.attune.certification.VerificationService;
import org.attune.platform.mail.MailService;
import org.attune.testing.Certifiable;
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
 * The subject access export and erasure against the real schema: the export covers every table that refers to a
 * person (read from information_schema, so a new table cannot be forgotten), the ZIP holds what the person's record
 * holds, erasure replaces and deletes what it says and refuses what it must, and verification withholds names.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    /** Columns that look like a person reference but are not one, each with the reason. */
    private static final Map<String, String> NOT_PEOPLE = Map.of(
            "flyway_schema_history.installed_by", "the database account that ran a migration",
            "cluster_lease.held_by", "the name of the server node holding a lease");

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(TestPeople.class, TestPeople.Person.class, Certifiable.class);
    }

    @Inject
    private SubjectAccessExport export;

    @Inject
    private ErasureService erasure;

    @Inject
    private PeopleService people;

    @Inject
    private CertificationService certification;

    @Inject
    private VerificationService verification;

    @Inject
    private MailService mail;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    private TestPeople data;
    private long organisation;
    private TestPeople.Person trainee;
    private TestPeople.Person trainer;
    private TestPeople.Person admin;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(dataSource);
        organisation = data.organisation("TRAINING", "Privacy Training");
        trainee = data.person("privacy-trainee", organisation, "TRAINEE");
        trainer = data.person("privacy-trainer", organisation, "TRAINER");
        admin = data.person("privacy-admin", null, "ADMINISTRATOR");
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    @Test
    void everyTableThatRefersToAPersonIsCoveredByTheExport() throws Exception {
        Set<String> references = new TreeSet<>();
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'person'"
                        + " UNION SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND (LOWER(COLUMN_NAME) LIKE '%person\\_id'"
                        + " OR LOWER(COLUMN_NAME) LIKE '%\\_by' OR LOWER(COLUMN_NAME) LIKE '%trainee\\_id'"
                        + " OR LOWER(COLUMN_NAME) LIKE '%trainer\\_id'"
                        + " OR LOWER(COLUMN_NAME) IN ('actor', 'recipient'))")) {
            while (rs.next()) {
                references.add(
                        rs.getString(1).toLowerCase() + "." + rs.getString(2).toLowerCase());
            }
        }
        assertTrue(references.contains("quiz_attempt.person_id"), "the schema was read: " + references);
        Map<String, Set<String>> coverage = PersonalData.coverage();
        Set<String> missing = new TreeSet<>();
        for (String reference : references) {
            String table = reference.substring(0, reference.indexOf('.'));
            String column = reference.substring(reference.indexOf('.') + 1);
            boolean covered = coverage.getOrDefault(table, Set.of()).contains(column);
            if (!covered && !NOT_PEOPLE.containsKey(reference)) {
                missing.add(reference);
            }
        }
        assertEquals(
                Set.of(),
                missing,
                "tables that refer to a person but are missing from the export: add each"
                        + " to PersonalData (or, if it is not about a person, to NOT_PEOPLE with the reason)");
    }

    @Test
    void everyTableAndColumnTheExportDeclaresExistsInTheSchema() throws Exception {
        Set<String> columns = new TreeSet<>();
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery(
                        "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()")) {
            while (rs.next()) {
                columns.add(
                        rs.getString(1).toLowerCase() + "." + rs.getString(2).toLowerCase());
            }
        }
        Set<String> unknown = new TreeSet<>();
        PersonalData.coverage().forEach((table, cols) -> {
            if (columns.stream().noneMatch(c -> c.startsWith(table + "."))) {
                unknown.add(table);
            }
            cols.stream()
                    .map(col -> table + "." + col)
                    .filter(tc -> !columns.contains(tc))
                    .forEach(unknown::add);
        });
        assertEquals(Set.of(), unknown, "the export declares tables or columns the schema does not have");
    }

    @Test
    void exportZipHoldsAJsonFilePerKindOfRecordTheEvidenceFilesAndAReadme() throws Exception {
        long evidenceId = fullRecord();
        mail.send(trainee.email(), "Your certificate", "Hello");
        Person person = people.find(trainee.id()).orElseThrow();
        export.recordDownload(person, trainee.id());

        Map<String, byte[]> zip = unzip(person);

        assertTrue(zip.keySet().containsAll(PersonalData.files()), "a JSON file per kind: " + zip.keySet());
        String readme = new String(zip.get("README.txt"), StandardCharsets.UTF_8);
        for (String file : PersonalData.files()) {
            assertTrue(readme.contains(file + "\n    "), "the README explains " + file);
        }
        assertTrue(readme.contains("evidence/"), "the README explains the evidence folder");
        JsonObject profile = json(zip, "profile.json");
        assertEquals(
                trainee.email(), profile.getJsonArray("person").getJsonObject(0).getString("email"));
        assertFalse(new String(zip.get("profile.json"), StandardCharsets.UTF_8).contains("pbkdf2"), "no password hash");
        assertEquals("TRAINEE", profile.getJsonArray("roles").getJsonObject(0).getString("role"));
        assertFalse(json(zip, "enrolments.json").getJsonArray("sections_read").isEmpty());
        JsonObject quizzes = json(zip, "quiz-attempts.json");
        assertFalse(quizzes.getJsonArray("attempts").isEmpty());
        assertFalse(quizzes.getJsonArray("answers").isEmpty(), "the answers given");
        assertEquals(5, json(zip, "practicum.json").getJsonArray("sessions").size());
        JsonObject observations = json(zip, "observations.json");
        assertEquals(2, observations.getJsonArray("observations").size());
        assertFalse(observations.getJsonArray("ratings").isEmpty(), "ratings about them");
        assertEquals(1, observations.getJsonArray("evidence_files").size());
        assertEquals(1, observations.getJsonArray("sign_offs").size());
        assertEquals(
                1, json(zip, "certificates.json").getJsonArray("certificates").size());
        assertEquals(
                1, json(zip, "memberships.json").getJsonArray("organisation").size());
        assertTrue(json(zip, "audit-events.json").getJsonArray("events").stream()
                .anyMatch(e -> e.asJsonObject().getString("action").equals("PERSONAL_DATA_EXPORTED")));
        assertEquals(1, json(zip, "mail.json").getJsonArray("messages").size());
        assertArrayEquals(PNG, zip.get("evidence/" + evidenceId + "-cues.png"), "the evidence file itself");

        Map<String, byte[]> trainers = unzip(people.find(trainer.id()).orElseThrow());
        assertEquals(
                2,
                json(trainers, "observations.json").getJsonArray("observations").size(),
                "the trainer's export holds the observations they made");
        assertFalse(
                trainers.keySet().stream().anyMatch(n -> n.startsWith("evidence/")),
                "but not the trainee's evidence files");
    }

    @Test
    void erasureReplacesThePersonDeletesEvidencePseudonymisesTheAuditLogAndASecondOneChangesNothing() throws Exception {
        long evidenceId = fullRecord();
        data.insertRow(
                "INSERT INTO audit_event (occurred_at, actor, action, subject) VALUES (?, NULL,"
                        + " 'SIGN_IN_FAILED', ?)",
                Timestamp.from(Instant.now()),
                trainee.email());
        mail.send(trainee.email(), "Reminder", "Hello");

        assertEquals(
                ErasureService.Outcome.CONFIRMATION_DOES_NOT_MATCH,
                erasure.erase(trainee.id(), "someone-else@example.org", admin.id()));
        assertEquals(trainee.email(), people.find(trainee.id()).orElseThrow().email(), "nothing changed");

        assertEquals(
                ErasureService.Outcome.ERASED,
                erasure.erase(trainee.id(), " " + trainee.email().toUpperCase() + " ", admin.id()));

        Person erased = people.find(trainee.id()).orElseThrow();
        assertTrue(erased.erased());
        assertEquals("Erased person " + trainee.id(), erased.displayName());
        assertFalse(erased.email().contains("privacy-trainee"));
        assertFalse(erased.canSignIn());
        assertEquals(0, data.count("SELECT COUNT(*) FROM evidence_file WHERE id = ?", evidenceId));
        assertEquals(0, data.count("SELECT COUNT(*) FROM evidence_content WHERE evidence_id = ?", evidenceId));
        assertEquals(
                0,
                data.count(
                        "SELECT COUNT(*) FROM practicum_session WHERE person_id = ?"
                                + " AND (reflection <> '' OR parent_feedback <> '')",
                        trainee.id()));
        assertEquals(
                0,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? OR subject = ?",
                        trainee.email(),
                        trainee.email()),
                "the address is gone from the audit log");
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED'" + " AND subject = ?",
                        "person:" + trainee.id()),
                "the event stays, under the pseudonym");
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PERSON_ERASED'"
                                + " AND subject = ? AND actor = ?",
                        "person:" + trainee.id(),
                        String.valueOf(admin.id())));
        assertEquals(0, data.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", trainee.email()));
        assertEquals(0, data.count("SELECT COUNT(*) FROM person_role WHERE person_id = ?", trainee.id()));

        long version = erased.version();
        assertEquals(ErasureService.Outcome.ALREADY_ERASED, erasure.erase(trainee.id(), erased.email(), admin.id()));
        assertEquals(version, people.find(trainee.id()).orElseThrow().version(), "the second erasure changed nothing");
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PERSON_ERASED'" + " AND subject = ?",
                        "person:" + trainee.id()));
        assertEquals(ErasureService.Outcome.NOT_FOUND, erasure.erase(Long.MAX_VALUE, "x@example.org", admin.id()));
    }

    @Test
    void theLastActiveAdministratorCannotBeErased() throws Exception {
        transaction.begin();
        try {
            try (var c = dataSource.getConnection();
                    var s = c.prepareStatement(
                            "UPDATE person SET active = FALSE"
                                    + " WHERE id <> ? AND id IN (SELECT person_id FROM person_role WHERE role = 'ADMINISTRATOR')")) {
                s.setLong(1, admin.id());
                s.executeUpdate(); // undone below: every other administrator looks deactivated
            }
            assertEquals(
                    ErasureService.Outcome.LAST_ADMINISTRATOR, erasure.erase(admin.id(), admin.email(), admin.id()));
        } finally {
            transaction.rollback();
        }
        assertTrue(people.find(admin.id()).orElseThrow().canSignIn(), "nothing changed");
    }

    @Test
    void verificationWithholdsTheNameAfterExpiryPlusRetentionAndForAnErasedHoldersExpiredCertificate()
            throws Exception {
        Instant now = Instant.now();
        Certificate valid =
                certificate(trainee.id(), "Ada Valid", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(700)));
        Certificate recentlyExpired = certificate(
                trainee.id(), "Ada Recent", now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(10)));
        TestPeople.Person other = data.person("privacy-old-holder", organisation, "TRAINEE");
        Certificate longExpired = certificate(
                other.id(), "Bea Old", now.minus(Duration.ofDays(365 * 9)), now.minus(Duration.ofDays(365 * 7)));

        assertEquals("Ada Recent", holder(recentlyExpired), "expired within the retention period: named");
        assertEquals("name withheld", holder(longExpired), "expired for longer than 72 months");

        assertEquals(ErasureService.Outcome.ERASED, erasure.erase(trainee.id(), trainee.email(), admin.id()));

        assertEquals("Ada Valid", holder(valid), "a valid certificate keeps its holder's name after erasure");
        assertEquals("name withheld", holder(recentlyExpired), "an erased holder's expired certificate");
        assertEquals(
                "expired",
                ((VerificationService.Found)
                                verification.verify(recentlyExpired.getNumber().value()))
                        .verification()
                        .status(),
                "and it stays verifiable");
    }

    private String holder(Certificate certificate) {
        return ((VerificationService.Found)
                        verification.verify(certificate.getNumber().value()))
                .verification()
                .holder();
    }

    private Certificate certificate(long holder, String name, Instant issued, Instant expires) {
        return certification.record(
                new Certificate.Facts(
                        holder,
                        name,
                        organisation,
                        "Privacy Training",
                        "ACCREDITED",
                        trainer.id(),
                        "Test privacy-trainer",
                        "ATT-IC",
                        "Course",
                        1,
                        "2026.1",
                        "hash",
                        List.of("Reading cues")),
                issued,
                expires,
                "test");
    }

    /** The trainee's whole record: course, quizzes, practice, two observations with an evidence file, a sign-off
     * and a certificate. Returns the evidence file's id. */
    private long fullRecord() throws Exception {
        Certifiable record = new Certifiable(dataSource);
        record.completeCourse(trainee.id());
        record.completePractice(trainee.id(), trainer.id());
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now());
        long observation;
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("SELECT MIN(id) FROM observation WHERE trainee_id = ?")) {
            s.setLong(1, trainee.id());
            try (var rs = s.executeQuery()) {
                rs.next();
                observation = rs.getLong(1);
            }
        }
        data.insertRow(
                "INSERT INTO attempt_question (attempt_id, position, question_key, presentation, answer,"
                        + " answered_at, score) SELECT MIN(id), 1, 'q1', '0,1', '1', CURRENT_TIMESTAMP, 1 FROM quiz_attempt"
                        + " WHERE person_id = ?",
                trainee.id());
        long evidence = data.insertRow(
                "INSERT INTO evidence_file (observation_id, file_name, content_type,"
                        + " size_bytes, sha256, uploaded_by, uploaded_at) VALUES (?, 'cues.png', 'image/png', ?, ?, ?, ?)",
                observation,
                PNG.length,
                "0".repeat(64),
                trainer.id(),
                Timestamp.from(Instant.now()));
        data.insertRow("INSERT INTO evidence_content (evidence_id, content) VALUES (?, ?)", evidence, PNG);
        certificate(
                trainee.id(),
                "Test privacy-trainee",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(1000)));
        return evidence;
    }

    private Map<String, byte[]> unzip(Person person) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(person, out);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonObject json(Map<String, byte[]> zip, String file) {
        try (var reader = Json.createReader(new ByteArrayInputStream(zip.get(file)))) {
            return reader.readObject();
        }
    }
}
