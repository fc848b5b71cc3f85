package org.attune.competence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CompetenceDefinition;
import org.attune.catalog.EvidenceMethod;
import org.attune.platform.Failure;
import org.attune.platform.upload.EvidenceType;
import org.attune.quiz.CourseStanding;
import org.attune.quiz.QuizService;
import org.attune.testing.Deployments;
import org.attune.testing.StatementCounter;
import org.attune.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Observed practice in the real database: the practicum log, observations and their conflicts, evidence uploads,
 * the competence record, sign-off rules, moderation and reopening, and the scope of trainers.
 */
@ExtendWith(ArquillianExtension.class)
class ObservedPracticeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(TestPeople.class, TestPeople.Person.class, StatementCounter.class);
    }

    @Inject
    private PracticumService practicum;

    @Inject
    private ObservationService observations;

    @Inject
    private SignOffService signOffs;

    @Inject
    private CohortProgressService progress;

    @Inject
    private TraineeAccess access;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction tx;

    private TestPeople data;
    private Person trainee;
    private Person trainer;
    private Person secondTrainer;
    private Person lead;
    private Person outsideTrainer;
    private Person outsideTrainee;
    private long organisation;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(dataSource);
        organisation = data.organisation("TRAINING", "Practice Training");
        long other = data.organisation("TRAINING", "Other Practice Training");
        trainee = load(data.person("practice-trainee", organisation, "TRAINEE"));
        trainer = load(data.person("practice-trainer", organisation, "TRAINER"));
        secondTrainer = load(data.person("practice-second", organisation, "TRAINER"));
        lead = load(data.person("practice-lead", organisation, "LEAD_TRAINER"));
        outsideTrainer = load(data.person("practice-outsider", other, "TRAINER"));
        outsideTrainee = load(data.person("practice-outside-trainee", other, "TRAINEE"));
        data.cohort(organisation, "Practice cohort", trainee.id());
        data.cohort(other, "Other practice cohort", outsideTrainee.id());
    }

    private Person load(TestPeople.Person person) {
        return people.find(person.id()).orElseThrow();
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    /** Session {@code number} of programme 1 attended by families F1 to F{@code families}. */
    private static PracticumEntry entry(int number, int families) {
        return entry(
                1,
                number,
                IntStream.rangeClosed(1, families).mapToObj(f -> "F" + f).toList());
    }

    private static PracticumEntry entry(int programme, int number, List<String> codes) {
        return new PracticumEntry(
                LocalDate.now().minusDays(30 - number),
                Setting.FAMILY_HUB,
                programme,
                number,
                codes,
                "Babies in quiet alert at the start; I pointed out a hand to the ear and suggested a pause.",
                "Parents said they felt more confident reading their baby.");
    }

    private List<String> competenceKeys(Person someone) {
        return access.syllabusOf(someone).orElseThrow().competences().stream()
                .map(CompetenceDefinition::getKey)
                .toList();
    }

    private ObservationForm form(Rating rating, String comment) {
        return form(rating, comment, LocalDate.now().minusDays(1));
    }

    private ObservationForm form(Rating rating, String comment, LocalDate observedOn) {
        Map<String, ObservationForm.Judgement> judgements = new LinkedHashMap<>();
        competenceKeys(trainee)
                .forEach(k -> judgements.put(
                        k,
                        new ObservationForm.Judgement(rating, rating.isGiven() ? "Seen in the session: " + k : null)));
        return new ObservationForm(observedOn, comment, judgements);
    }

    /**
     * Five sessions of five families; the fourth observed ten days ago and the fifth yesterday, each with every
     * competence rated competent: two observations on different dates, as a sign-off needs.
     */
    private void makeReady(Person who) {
        long fourth = 0;
        long last = 0;
        for (int n = 1; n <= 5; n++) {
            fourth = last;
            last = practicum.log(who, entry(n, 5)).getId();
        }
        observations.save(
                trainer,
                fourth,
                null,
                form(Rating.COMPETENT, "Good progress.", LocalDate.now().minusDays(10)),
                null);
        observations.save(trainer, last, null, form(Rating.COMPETENT, "Ready for sign-off."), null);
    }

    private CompetenceRecord.Row row(CompetenceRecord record, String key) {
        return record.rows().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** The key of the first competence of the framework assessed by the method given. */
    private String keyAssessedBy(EvidenceMethod method) {
        return access.syllabusOf(trainee).orElseThrow().competences().stream()
                .filter(c -> c.getEvidenceMethod() == method)
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    private Person newTrainee(String label) throws Exception {
        Person p = load(data.person(label, organisation, "TRAINEE"));
        data.cohort(organisation, "Cohort " + label, p.id());
        return p;
    }

    @Test
    void practicumEntryBreakingTheRulesIsRefusedFieldByFieldAndNothingIsStored() {
        PracticumEntry bad = new PracticumEntry(LocalDate.now().plusDays(2), null, 0, 0, List.of(), "short", " ");
        Failure.Invalid e = assertThrows(Failure.Invalid.class, () -> practicum.log(trainee, bad));
        assertEquals(
                List.of("date", "setting", "programme", "sessionNumber", "familyCodes", "reflection", "parentFeedback"),
                List.copyOf(e.problems().keySet()));
        assertEquals(0, count("SELECT COUNT(*) FROM practicum_session WHERE person_id = ?", trainee.id()));
    }

    @Test
    void practicumProgressCountsEachSessionOfTheProgrammeAndTheFamiliesFollowedAcrossIt() {
        practicum.log(trainee, entry(1, 4));
        Failure.Invalid repeat = assertThrows(
                Failure.Invalid.class,
                () -> practicum.log(trainee, entry(1, 6)),
                "session 1 of programme 1 is already logged");
        assertTrue(
                repeat.problems().containsKey("sessionNumber"),
                repeat.problems().toString());
        practicum.log(trainee, entry(2, 5));
        Practicum p =
                practicum.practicum(trainee.id(), access.syllabusOf(trainee).orElseThrow());
        assertEquals(5, p.targetSessions());
        assertEquals(2, p.sessionsDelivered());
        assertEquals(0, p.familiesFollowed(), "two sessions are not more than half of five for any family");
        assertFalse(p.met());
    }

    @Test
    void fiveFamiliesInEachSessionButDifferentOnesEachTimeDoNotMeetTheTargetTheSameFiveAcrossTheProgrammeDo() {
        for (int n = 1; n <= 5; n++) {
            int first = 5 * (n - 1);
            practicum.log(
                    trainee,
                    entry(
                            1,
                            n,
                            IntStream.rangeClosed(first + 1, first + 5)
                                    .mapToObj(f -> "F" + f)
                                    .toList()));
        }
        Practicum different =
                practicum.practicum(trainee.id(), access.syllabusOf(trainee).orElseThrow());
        assertEquals(5, different.sessionsDelivered());
        assertEquals(0, different.familiesFollowed());
        assertFalse(different.met());
        for (int n = 1; n <= 5; n++) {
            practicum.log(trainee, entry(2, n, List.of("F1", "F2", "F3", "F4", "F5")));
        }
        Practicum same =
                practicum.practicum(trainee.id(), access.syllabusOf(trainee).orElseThrow());
        assertEquals(2, same.programme());
        assertEquals(5, same.familiesFollowed());
        assertTrue(same.met());
        assertEquals(
                List.of(true, true, true, true, true),
                same.programmes().get(1).families().get(0).attended());
    }

    @Test
    void familyCodeThatLooksLikeAnEmailIsRefusedOnTheFieldAndNothingIsStored() {
        PracticumEntry bad = entry(1, 1, List.of("F1", "jo@example.org"));
        Failure.Invalid e = assertThrows(Failure.Invalid.class, () -> practicum.log(trainee, bad));
        assertEquals(List.of("familyCodes"), List.copyOf(e.problems().keySet()));
        assertEquals(0, count("SELECT COUNT(*) FROM practicum_session WHERE person_id = ?", trainee.id()));
    }

    @Test
    void familyCodesAreStoredPerSessionAndSessionsLoggedBeforeCodesCountAsDeliveredButNotFollowed() throws Exception {
        long coded = practicum.log(trainee, entry(1, 3)).getId();
        assertEquals(3, count("SELECT COUNT(*) FROM practicum_family WHERE session_id = ?", coded));
        data.insertRow(
                "INSERT INTO practicum_session (person_id, session_date, setting, session_number, families,"
                        + " reflection, parent_feedback, logged_at, version) VALUES (?, CURRENT_DATE, 'CLINIC', 2, 6,"
                        + " 'Logged before family codes.', 'Parents were pleased.', CURRENT_TIMESTAMP, 1)",
                trainee.id());
        Practicum p =
                practicum.practicum(trainee.id(), access.syllabusOf(trainee).orElseThrow());
        assertEquals(1, p.programme(), "an earlier session is in programme 1");
        assertEquals(2, p.sessionsDelivered());
        assertEquals(1, p.uncodedEntries());
        assertEquals(
                List.of("F1", "F2", "F3"),
                p.programmes().get(0).families().stream()
                        .map(Practicum.FamilyRow::code)
                        .toList());
    }

    @Test
    void observedSessionLoggedBeforeFamilyCodesCanBeGivenItsCodesButNothingElse() throws Exception {
        long session = data.insertRow(
                "INSERT INTO practicum_session (person_id, session_date, setting,"
                        + " session_number, families, reflection, parent_feedback, logged_at, version) VALUES (?, ?,"
                        + " 'FAMILY_HUB', 1, 5, ?, ?, CURRENT_TIMESTAMP, 1)",
                trainee.id(),
                Date.valueOf(LocalDate.now().minusDays(29)),
                entry(1, 5).reflection(),
                entry(1, 5).parentFeedback());
        observations.save(trainer, session, null, form(Rating.NOT_OBSERVED, "Seen."), null);
        assertThrows(Failure.Invalid.class, () -> practicum.correct(trainee, session, entry(2, 5)));
        practicum.correct(trainee, session, entry(1, 5));
        assertEquals(5, count("SELECT COUNT(*) FROM practicum_family WHERE session_id = ?", session));
        assertThrows(
                Failure.Invalid.class,
                () -> practicum.correct(trainee, session, entry(1, 4)),
                "once it has its codes, the observed session is closed again");
    }

    @Test
    void observedSessionCanNoLongerBeCorrectedByTheTrainee() {
        long session = practicum.log(trainee, entry(1, 5)).getId();
        practicum.correct(trainee, session, entry(2, 5));
        observations.save(trainer, session, null, form(Rating.NOT_OBSERVED, "Seen."), null);
        assertThrows(Failure.Invalid.class, () -> practicum.correct(trainee, session, entry(3, 5)));
    }

    @Test
    void everyRatingGivenNeedsEvidenceNotes() {
        long session = practicum.log(trainee, entry(1, 5)).getId();
        ObservationForm noNotes = new ObservationForm(
                LocalDate.now(),
                "Overall fine.",
                Map.of(competenceKeys(trainee).get(0), new ObservationForm.Judgement(Rating.COMPETENT, " ")));
        Failure.Invalid e =
                assertThrows(Failure.Invalid.class, () -> observations.save(trainer, session, null, noNotes, null));
        assertTrue(e.problems().containsKey(competenceKeys(trainee).get(0)));
        assertTrue(e.problems().containsKey(competenceKeys(trainee).get(1)), "an unrated competence is refused");
        assertEquals(0, count("SELECT COUNT(*) FROM observation WHERE session_id = ?", session));
    }

    @Test
    void latestRatingCountsAndTheHistoryIsKept() {
        long first = practicum.log(trainee, entry(1, 5)).getId();
        long second = practicum.log(trainee, entry(2, 5)).getId();
        String key = competenceKeys(trainee).get(3);
        ObservationForm early = form(Rating.NOT_YET_COMPETENT, "Early days.");
        early = new ObservationForm(LocalDate.now().minusDays(20), early.overallComment(), early.judgements());
        observations.save(trainer, first, null, early, null);
        observations.save(secondTrainer, second, null, form(Rating.COMPETENT, "Much better."), null);
        CompetenceRecord record = observations.record(trainee, trainee);
        CompetenceRecord.Row row = record.rows().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
        assertEquals(Rating.COMPETENT, row.latest().rating());
        assertEquals(2, row.history().size());
        assertEquals(Rating.NOT_YET_COMPETENT, row.history().get(1).rating());
        assertEquals(
                CompetenceRecord.Need.ONE_MORE_OBSERVATION,
                row.need(),
                "only competent ratings after a \"not yet competent\" count");
        assertFalse(record.allEvidenced());
    }

    @Test
    void oneCompetentObservationIsNotEnoughForSignOff() {
        long last = 0;
        for (int n = 1; n <= 5; n++) {
            last = practicum.log(trainee, entry(n, 5)).getId();
        }
        observations.save(trainer, last, null, form(Rating.COMPETENT, "Strong session."), null);
        Eligibility eligibility = signOffs.eligibility(trainee);
        assertFalse(eligibility.ready());
        String observed = keyAssessedBy(EvidenceMethod.OBSERVED);
        assertEquals(
                CompetenceRecord.Need.ONE_MORE_OBSERVATION,
                row(observations.record(trainee, trainee), observed).need());
        assertEquals(9, eligibility.competencesMissing().size(), "the nine observed competences each need one more");
        assertTrue(eligibility.competencesMissing().stream()
                .allMatch(m -> m.need() == CompetenceRecord.Need.ONE_MORE_OBSERVATION));
        Failure.Conflict e = assertThrows(Failure.Conflict.class, () -> signOffs.signOff(trainer, trainee.id()));
        assertTrue(e.getMessage().contains("Reading cues"), e.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM sign_off WHERE trainee_id = ?", trainee.id()));
    }

    @Test
    void twoCompetentObservationsOnTheSameDateAreNotEnough() {
        long fourth = 0;
        long last = 0;
        for (int n = 1; n <= 5; n++) {
            fourth = last;
            last = practicum.log(trainee, entry(n, 5)).getId();
        }
        LocalDate sameDay = LocalDate.now().minusDays(2);
        observations.save(trainer, fourth, null, form(Rating.COMPETENT, "Morning class.", sameDay), null);
        observations.save(secondTrainer, last, null, form(Rating.COMPETENT, "Afternoon class.", sameDay), null);
        assertFalse(signOffs.eligibility(trainee).ready());
        assertEquals(
                CompetenceRecord.Need.ONE_MORE_OBSERVATION,
                row(observations.record(trainee, trainee), keyAssessedBy(EvidenceMethod.OBSERVED))
                        .need());
        assertThrows(Failure.Conflict.class, () -> signOffs.signOff(trainer, trainee.id()));
    }

    @Test
    void twoCompetentObservationsOnDifferentDatesAreEnoughForSignOff() {
        makeReady(trainee);
        Eligibility eligibility = signOffs.eligibility(trainee);
        assertTrue(eligibility.ready(), eligibility.getMissingText());
        assertTrue(observations.record(trainee, trainee).allEvidenced());
        assertTrue(signOffs.signOff(trainer, trainee.id()).getState().inForce());
    }

    @Test
    void discussionCompetenceIsSatisfiedByItsDiscussionAndRatingsKeepTheirMethod() {
        long session = practicum.log(trainee, entry(1, 5)).getId();
        String discussion = keyAssessedBy(EvidenceMethod.DISCUSSION);
        String portfolio = keyAssessedBy(EvidenceMethod.PORTFOLIO);
        CompetenceRecord before = observations.record(trainee, trainee);
        assertEquals(CompetenceRecord.Need.DISCUSSION, row(before, discussion).need());
        assertEquals(CompetenceRecord.Need.PORTFOLIO, row(before, portfolio).need());
        observations.save(trainer, session, null, form(Rating.COMPETENT, "Debrief after the class."), null);
        CompetenceRecord after = observations.record(trainee, trainee);
        assertEquals(CompetenceRecord.Need.NOTHING, row(after, discussion).need());
        assertEquals(CompetenceRecord.Need.NOTHING, row(after, portfolio).need());
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM competence_rating r JOIN observation o ON o.id = r.observation_id"
                                + " WHERE o.trainee_id = ? AND r.competence_key = ? AND r.method = 'DISCUSSION'",
                        trainee.id(),
                        discussion));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM competence_rating r JOIN observation o ON o.id = r.observation_id"
                                + " WHERE o.trainee_id = ? AND r.competence_key = ? AND r.method = 'PORTFOLIO'",
                        trainee.id(),
                        portfolio));
        assertEquals(
                3,
                observations.record(trainee, trainee).evidencedCount(),
                "the discussion and portfolio competences; the observed ones need another date");
    }

    @Test
    void secondTrainerSavingAnOpenedObservationIsToldOfTheConflictAndNothingIsOverwritten() {
        long session = practicum.log(trainee, entry(1, 5)).getId();
        Observation created = observations.save(trainer, session, null, form(Rating.NOT_OBSERVED, "First."), null);
        long opened = created.getVersion(); // both trainers open this version
        observations.save(trainer, session, opened, form(Rating.COMPETENT, "Trainer one's judgement."), null);
        assertThrows(
                ObservationConflictException.class,
                () -> observations.save(
                        secondTrainer,
                        session,
                        opened,
                        form(Rating.NOT_YET_COMPETENT, "Trainer two's judgement."),
                        null));
        Observation stored =
                observations.session(trainer, session).observation().orElseThrow();
        assertEquals("Trainer one's judgement.", stored.getOverallComment());
        assertTrue(stored.getRatings().stream().allMatch(r -> r.getRating() == Rating.COMPETENT));
        // a second new observation of the same session is a conflict too, not a second row
        assertThrows(
                ObservationConflictException.class,
                () -> observations.save(secondTrainer, session, null, form(Rating.COMPETENT, "Also new."), null));
        assertEquals(1, count("SELECT COUNT(*) FROM observation WHERE session_id = ?", session));
    }

    @Test
    void goodEvidenceFilesAreStoredWithTheirChecksumAndServedOnlyToTheTraineeAndTheirTrainers() {
        long session = practicum.log(trainee, entry(1, 5)).getId();
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Observation o = observations.save(
                trainer,
                session,
                null,
                form(Rating.NOT_OBSERVED, "With notes."),
                new ObservationService.Upload("C:\\notes\\my notes<1>.pdf", new ByteArrayInputStream(pdf)));
        List<EvidenceFile> files = observations.filesOf(List.of(o.getId()));
        assertEquals(1, files.size());
        EvidenceFile file = files.get(0);
        assertEquals("application/pdf", file.getFile().getContentType());
        assertEquals("my notes_1_.pdf", file.getFile().getFileName());
        assertEquals(HexFormat.of().formatHex(sha256(pdf)), file.getFile().getSha256());
        assertArrayEquals(
                pdf, observations.download(trainee, file.getId()).orElseThrow().content());
        assertTrue(observations.download(secondTrainer, file.getId()).isPresent());
        assertTrue(observations.download(outsideTrainer, file.getId()).isEmpty());
        assertTrue(observations.download(outsideTrainee, file.getId()).isEmpty());
    }

    @Test
    void fileOfAnotherTypeOrOverTenMegabytesIsRefusedAndNothingIsStored() {
        long session = practicum.log(trainee, entry(1, 5)).getId();
        byte[] exe = "MZ\u0090\u0000 this is a program, named like a PDF".getBytes(StandardCharsets.ISO_8859_1);
        Failure.Invalid wrongType = assertThrows(
                Failure.Invalid.class,
                () -> observations.save(
                        trainer,
                        session,
                        null,
                        form(Rating.NOT_OBSERVED, "Notes."),
                        new ObservationService.Upload("notes.pdf", new ByteArrayInputStream(exe))));
        assertTrue(wrongType.problems().get("file").render().contains("PDF, JPEG or PNG"));
        byte[] big = new byte[(int) EvidenceType.MAX_BYTES + 1];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, big, 0, 8);
        Failure.Invalid tooBig = assertThrows(
                Failure.Invalid.class,
                () -> observations.save(
                        trainer,
                        session,
                        null,
                        form(Rating.NOT_OBSERVED, "Notes."),
                        new ObservationService.Upload("scan.png", new ByteArrayInputStream(big))));
        assertTrue(tooBig.problems().get("file").render().contains("10 MB"));
        assertEquals(0, count("SELECT COUNT(*) FROM observation WHERE session_id = ?", session));
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM evidence_file f JOIN observation o ON o.id = f.observation_id"
                                + " WHERE o.trainee_id = ?",
                        trainee.id()));
    }

    @Test
    void trainerOfAnotherOrganisationCanNeitherSeeNorRateNorSignOff() {
        long session = practicum.log(trainee, entry(1, 5)).getId();
        assertThrows(SecurityException.class, () -> observations.session(outsideTrainer, session));
        assertThrows(
                SecurityException.class,
                () -> observations.save(outsideTrainer, session, null, form(Rating.COMPETENT, "Not mine."), null));
        assertThrows(SecurityException.class, () -> practicum.sessionsOf(outsideTrainer, trainee.id()));
        assertThrows(SecurityException.class, () -> observations.record(outsideTrainer, trainee));
        assertThrows(SecurityException.class, () -> signOffs.signOff(outsideTrainer, trainee.id()));
        assertTrue(progress.progress(outsideTrainer).stream().noneMatch(r -> r.personId() == trainee.id()));
        assertTrue(progress.progress(trainer).stream().anyMatch(r -> r.personId() == trainee.id()));
    }

    @Inject
    private CompetenceTodos todos;

    @Test
    void homePageCountsFollowTheDashboardsAttentionRuleAndStayInTheTrainersOrganisation() throws Exception {
        long now = System.currentTimeMillis();
        Timestamp at = new Timestamp(now);
        Person failer = load(data.person("practice-failer", organisation, "TRAINEE"));
        Person returned = load(data.person("practice-returned", organisation, "TRAINEE"));
        Person active = load(data.person("practice-active", organisation, "TRAINEE"));
        Person signedOff = load(data.person("practice-signed", organisation, "TRAINEE"));
        data.cohort(organisation, "Practice home cohort", failer.id(), returned.id(), active.id(), signedOff.id());
        long syllabus = data.count("SELECT id FROM syllabus_version WHERE course_code = 'ATT-IC'"
                + " ORDER BY imported_at DESC, id DESC LIMIT 1");
        long enrolment = data.insertRow(
                "INSERT INTO enrolment (person_id, course_code, syllabus_version_id,"
                        + " enrolled_at, version) VALUES (?, 'ATT-IC', ?, ?, 1)",
                failer.id(),
                syllabus,
                at);
        String module;
        long quiz;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT m.module_key, q.id FROM course_module m JOIN"
                        + " quiz_definition q ON q.course_module_id = m.id WHERE m.syllabus_version_id = " + syllabus
                        + " AND m.refresher = FALSE ORDER BY m.position LIMIT 1")) {
            assertTrue(rs.next());
            module = rs.getString(1);
            quiz = rs.getLong(2);
        }
        for (int n = 1; n <= 2; n++) { // failed twice and not passed
            data.insertRow(
                    "INSERT INTO quiz_attempt (enrolment_id, person_id, quiz_definition_id, module_key,"
                            + " attempt_number, started_at, submitted_at, timed_out, score, passed, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, 40, FALSE, 1)",
                    enrolment,
                    failer.id(),
                    quiz,
                    module,
                    n,
                    at,
                    at);
        }
        practicum.log(returned, entry(1, 5)); // active, but the latest sign-off was returned
        data.insertRow(
                "INSERT INTO sign_off (trainee_id, organisation_id, signed_by, signed_at, state, sampled,"
                        + " version) VALUES (?, ?, ?, ?, 'RETURNED', TRUE, 1)",
                returned.id(),
                organisation,
                secondTrainer.id(),
                at);
        practicum.log(active, entry(1, 5));
        practicum.log(active, entry(2, 5));
        data.insertRow(
                "INSERT INTO sign_off (trainee_id, organisation_id, signed_by, signed_at, state, sampled,"
                        + " active_trainee_id, version) VALUES (?, ?, ?, ?, 'SIGNED_OFF', FALSE, ?, 1)",
                signedOff.id(),
                organisation,
                secondTrainer.id(),
                new Timestamp(now - 40L * 24 * 3600 * 1000),
                signedOff.id()); // quiet for 40 days, but signed off
        practicum.log(outsideTrainee, entry(1, 5)); // another organisation's

        long dashboard = progress.progress(trainer).stream()
                .filter(TraineeProgress::needsAttention)
                .count();
        CompetenceTodos.TrainerCounts counts = todos.forTrainer(trainer);
        assertEquals(3, dashboard, "the quiet trainee, the one who failed twice and the returned sign-off");
        assertEquals(dashboard, counts.needingAttention(), "the count follows the dashboard's rule");
        assertEquals(3, counts.observationsToWrite(), "sessions of the returned and the active trainee");
        assertEquals(0, counts.awaitingModeration());
        CompetenceTodos.TrainerCounts outside = todos.forTrainer(outsideTrainer);
        assertEquals(1, outside.observationsToWrite(), "only the other organisation's own session");
        assertEquals(
                progress.progress(outsideTrainer).stream()
                        .filter(TraineeProgress::needsAttention)
                        .count(),
                outside.needingAttention());
        assertEquals(new CompetenceTodos.TrainerCounts(0, 0, 0), todos.forTrainer(trainee), "not a trainer");
    }

    @PersistenceUnit(unitName = "attune")
    private EntityManagerFactory persistence;

    /**
     * The trainer's dashboard reads every trainee's progress in a fixed number of statements: three more busy
     * trainees (enrolled, a section read, a failed quiz, sessions with families, two observations, a sign-off), in
     * cohorts of their own, add rows but no statement.
     */
    @Test
    void trainerDashboardReadsAFixedNumberOfStatementsWhateverTheNumberOfTrainees() throws Exception {
        busy(trainee);
        busy(newTrainee("practice-busy1"));
        progress.progress(trainer); // the syllabus, its modules and competences now in the shared cache
        List<String> before = StatementCounter.of(persistence, () -> progress.progress(trainer));
        for (int i = 2; i <= 4; i++) {
            busy(newTrainee("practice-busy" + i));
        }
        List<TraineeProgress> rows = new ArrayList<>();
        List<String> after = StatementCounter.of(persistence, () -> rows.addAll(progress.progress(trainer)));
        assertEquals(5, rows.size(), "the five trainees of the trainer's organisation");
        assertEquals(before.size(), after.size(), "statements for 2 trainees and for 5: " + after);
        TraineeProgress row = rows.stream()
                .filter(r -> r.personId() == trainee.id())
                .findFirst()
                .orElseThrow();
        assertEquals(0, row.quizzesPassed());
        assertTrue(row.modules() > 0, "shown against the syllabus enrolled on");
        assertEquals(5, row.sessionsDelivered());
        assertEquals(row.competences(), row.competent(), "every competence evidenced");
        assertEquals(SignOffState.AWAITING_MODERATION.name(), row.signOff());
    }

    /**
     * The dashboard counts a module read only when every section of it is read, by the same rule as the certificate's
     * checklist ({@code QuizService.standing}), though it reads counts per module rather than the sections.
     */
    @Test
    void trainerDashboardCountsAModuleReadOnlyOnceEverySectionOfItIsRead() throws Exception {
        busy(trainee); // the syllabus's first section read
        long enrolment = data.count("SELECT id FROM enrolment WHERE person_id = ?", trainee.id());
        long syllabus = data.count("SELECT syllabus_version_id FROM enrolment WHERE id = ?", enrolment);
        long module = data.count(
                "SELECT id FROM course_module WHERE syllabus_version_id = ? AND refresher = FALSE"
                        + " ORDER BY position LIMIT 1",
                syllabus);
        int sections = data.count("SELECT COUNT(*) FROM module_section WHERE course_module_id = ?", module);
        assertTrue(sections > 1, "the first module has more than one section");
        Timestamp at = new Timestamp(System.currentTimeMillis());
        String read = "INSERT IGNORE INTO section_read (enrolment_id, module_section_id, read_at) SELECT ?, s.id, ?"
                + " FROM module_section s WHERE s.course_module_id = ?";
        data.insertRow(
                read + " AND s.position < (SELECT MAX(p.position) FROM module_section p WHERE p.course_module_id = ?)",
                enrolment,
                at,
                module,
                module);
        assertEquals(0, dashboardRow(trainee).modulesRead(), "every section but one read is not the module read");
        assertEquals(0, standing(enrolment, syllabus).modulesRead());

        data.insertRow(read, enrolment, at, module);
        assertEquals(1, dashboardRow(trainee).modulesRead(), "every section read is the module read");
        assertEquals(1, standing(enrolment, syllabus).modulesRead(), "the certificate's checklist agrees");
    }

    @Inject
    private QuizService quizzes;

    @Inject
    private CatalogService catalog;

    private CourseStanding standing(long enrolment, long syllabus) {
        return quizzes.standing(
                enrolment, catalog.version(syllabus).orElseThrow().coreModules());
    }

    private TraineeProgress dashboardRow(Person who) {
        return progress.progress(trainer).stream()
                .filter(r -> r.personId() == who.id())
                .findFirst()
                .orElseThrow();
    }

    /** A trainee with something of everything the dashboard shows. */
    private void busy(Person who) throws Exception {
        Timestamp at = new Timestamp(System.currentTimeMillis());
        long syllabus = data.count("SELECT id FROM syllabus_version WHERE course_code = 'ATT-IC'"
                + " ORDER BY imported_at DESC, id DESC LIMIT 1");
        long enrolment = data.insertRow(
                "INSERT INTO enrolment (person_id, course_code, syllabus_version_id, enrolled_at, last_activity_at,"
                        + " version) VALUES (?, 'ATT-IC', ?, ?, ?, 1)",
                who.id(),
                syllabus,
                at,
                at);
        data.insertRow(
                "INSERT INTO section_read (enrolment_id, module_section_id, read_at) SELECT ?, MIN(s.id), ? FROM"
                        + " module_section s JOIN course_module m ON m.id = s.course_module_id"
                        + " WHERE m.syllabus_version_id = ?",
                enrolment,
                at,
                syllabus);
        data.insertRow(
                "INSERT INTO quiz_attempt (enrolment_id, person_id, quiz_definition_id, module_key, attempt_number,"
                        + " started_at, submitted_at, timed_out, score, passed, version) SELECT ?, ?, q.id,"
                        + " m.module_key, 1, ?, ?, FALSE, 40, FALSE, 1 FROM course_module m JOIN quiz_definition q"
                        + " ON q.course_module_id = m.id WHERE m.syllabus_version_id = ? AND m.refresher = FALSE"
                        + " ORDER BY m.position LIMIT 1",
                enrolment,
                who.id(),
                at,
                at,
                syllabus);
        makeReady(who);
        signOffs.signOff(trainer, who.id());
    }

    @Test
    void signOffNeedsEveryCompetenceCompetentAndThePracticumTarget() {
        for (int n = 1; n <= 3; n++) {
            practicum.log(trainee, entry(n, 5));
        }
        long fourth = practicum.log(trainee, entry(4, 5)).getId();
        long fifth = practicum.log(trainee, entry(5, 5)).getId();
        assertThrows(Failure.Conflict.class, () -> signOffs.signOff(trainer, trainee.id()));
        observations.save(
                trainer,
                fourth,
                null,
                form(Rating.COMPETENT, "Earlier.", LocalDate.now().minusDays(10)),
                null);
        ObservationForm almost = form(Rating.COMPETENT, "Nearly.");
        almost.judgements()
                .put(
                        competenceKeys(trainee).get(11),
                        new ObservationForm.Judgement(
                                Rating.NOT_YET_COMPETENT, "Cannot yet name own development needs."));
        Observation o = observations.save(trainer, fifth, null, almost, null);
        Failure.Conflict e = assertThrows(Failure.Conflict.class, () -> signOffs.signOff(trainer, trainee.id()));
        assertTrue(e.getMessage().contains("Reflection"), e.getMessage());
        observations.save(trainer, fifth, o.getVersion(), form(Rating.COMPETENT, "Ready."), null);
        assertTrue(signOffs.eligibility(trainee).ready());
        SignOff signOff = signOffs.signOff(trainer, trainee.id());
        assertTrue(signOff.getState().inForce());
        assertThrows(
                Failure.Conflict.class, () -> signOffs.signOff(secondTrainer, trainee.id()), "one sign-off in force");
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PRACTICE_SIGNED_OFF' AND subject = ?",
                        "person:" + trainee.id()));
    }

    @Test
    void nobodySignsOffThemselves() {
        assertThrows(SecurityException.class, () -> signOffs.signOff(trainer, trainer.id()));
        assertThrows(Failure.NotAllowed.class, () -> new SignOff(7, 1, 7, Instant.now(), false));
    }

    @Test
    void firstThreeSignOffsOfANewTrainerAreSampledAndCountOnlyOnceASecondTrainerConfirms() throws Exception {
        List<Person> trainees = List.of(trainee, newTrainee("practice-t2"), newTrainee("practice-t3"));
        for (Person t : trainees) {
            makeReady(t);
            SignOff s = signOffs.signOff(trainer, t.id());
            assertTrue(s.isSampled());
            assertEquals(SignOffState.AWAITING_MODERATION, s.getState());
            assertFalse(signOffs.countsForCertification(t.id()));
        }
        List<SignOff> waiting = signOffs.awaitingModeration(secondTrainer);
        assertEquals(3, waiting.size());
        assertTrue(signOffs.awaitingModeration(trainer).isEmpty(), "the signer does not moderate their own");
        assertTrue(signOffs.awaitingModeration(outsideTrainer).isEmpty());
        long first = waiting.get(0).getId();
        assertThrows(Failure.NotAllowed.class, () -> signOffs.confirm(trainer, first, null));
        assertThrows(Failure.NotAllowed.class, () -> signOffs.confirm(outsideTrainer, first, null));
        signOffs.confirm(secondTrainer, first, "Agreed: strong evidence.");
        assertTrue(signOffs.countsForCertification(waiting.get(0).getTraineeId()));

        long second = waiting.get(1).getId();
        assertThrows(Failure.Invalid.class, () -> signOffs.returnWithComments(secondTrainer, second, "no"));
        signOffs.returnWithComments(secondTrainer, second, "Evidence for safeguarding is thin; observe again.");
        long returnedTrainee = waiting.get(1).getTraineeId();
        assertFalse(signOffs.countsForCertification(returnedTrainee));
        assertTrue(progress.progress(trainer).stream()
                .filter(r -> r.personId() == returnedTrainee)
                .findFirst()
                .orElseThrow()
                .getAttentionText()
                .contains("Sign-off returned by moderation"));
        // after a returned sign-off, a new one may be given
        assertTrue(signOffs.signOff(trainer, returnedTrainee).getState().inForce());
    }

    @Test
    void withSamplingOffAnExperiencedTrainersSignOffCountsAtOnce() throws Exception {
        for (int i = 0; i < ModerationSampling.ALWAYS_FIRST; i++) {
            execute(
                    "INSERT INTO sign_off (trainee_id, organisation_id, signed_by, signed_at, state, sampled,"
                            + " version) SELECT ?, organisation_id, ?, CURRENT_TIMESTAMP, 'REOPENED', FALSE, 1 FROM membership"
                            + " WHERE person_id = ?",
                    trainee.id(),
                    trainer.id(),
                    trainer.id());
        }
        makeReady(trainee);
        // attune.moderation.sample-percent is 0 in the test deployment: only the first three are sampled
        SignOff s = signOffs.signOff(trainer, trainee.id());
        assertFalse(s.isSampled());
        assertTrue(signOffs.countsForCertification(trainee.id()));
    }

    @Test
    void leadTrainerReopensASignOffWithAReasonAndOnlyTheirOwnOrganisations() {
        makeReady(trainee);
        SignOff s = signOffs.signOff(trainer, trainee.id());
        assertThrows(SecurityException.class, () -> signOffs.reopen(trainer, s.getId(), "Not a lead trainer."));
        assertThrows(Failure.Invalid.class, () -> signOffs.reopen(lead, s.getId(), " "));
        signOffs.reopen(lead, s.getId(), "Parent complaint about handling babies; observe again.");
        assertTrue(signOffs.inForce(trainee.id()).isEmpty());
        assertEquals(
                SignOffState.REOPENED, signOffs.historyOf(trainee.id()).get(0).getState());
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_OFF_REOPENED' AND subject = ?",
                        "person:" + trainee.id()));
    }

    @Test
    void signedOffPracticeFreezesItsObservationsUntilALeadTrainerReopensTheSignOff() {
        makeReady(trainee);
        Observation signedOffOn = observations.observationsOf(trainee.id()).get(0);
        long session = signedOffOn.getSessionId();
        SignOff s = signOffs.signOff(trainer, trainee.id());
        assertTrue(observations.session(trainer, session).locked());
        assertThrows(
                ObservationLockedException.class,
                () -> observations.save(
                        trainer,
                        session,
                        signedOffOn.getVersion(),
                        form(Rating.NOT_YET_COMPETENT, "Changed my mind."),
                        null));
        long later = practicum
                .log(trainee, entry(2, 1, List.of("F1", "F2", "F3", "F4", "F5", "F6")))
                .getId();
        assertThrows(
                ObservationLockedException.class,
                () -> observations.save(
                        secondTrainer, later, null, form(Rating.NOT_YET_COMPETENT, "A later session."), null));
        Observation stored =
                observations.session(trainer, session).observation().orElseThrow();
        assertEquals("Ready for sign-off.", stored.getOverallComment());
        assertEquals(0, count("SELECT COUNT(*) FROM observation WHERE session_id = ?", later));

        signOffs.reopen(lead, s.getId(), "Parent complaint about handling babies; observe again.");
        assertFalse(observations.session(trainer, session).locked());
        observations.save(trainer, later, null, form(Rating.NOT_YET_COMPETENT, "Observed again."), null);
        assertFalse(signOffs.eligibility(trainee).ready(), "the new judgement counts once the sign-off is reopened");
    }

    @Test
    void anObservationSavedWhileASignOffIsBeingSavedWaitsForItAndIsThenRefused() throws Exception {
        makeReady(trainee);
        long later = practicum
                .log(trainee, entry(2, 1, List.of("F1", "F2", "F3", "F4", "F5", "F6")))
                .getId();
        Future<Void> signOff = heldOpen(() -> signOffs.signOff(trainer, trainee.id()));
        Future<Object> save = executor.submit(() -> outcome(() -> observations.save(
                secondTrainer, later, null, form(Rating.NOT_YET_COMPETENT, "Saved in the same second."), null)));
        assertThrows(
                TimeoutException.class,
                () -> save.get(1, TimeUnit.SECONDS),
                "the observation was saved while the sign-off was being saved");
        release.countDown();
        signOff.get(30, TimeUnit.SECONDS);
        assertTrue(save.get(30, TimeUnit.SECONDS) instanceof ObservationLockedException, "not refused");
        assertEquals(0, count("SELECT COUNT(*) FROM observation WHERE session_id = ?", later));
    }

    @Test
    void aSignOffWhileAnObservationIsBeingSavedWaitsForItAndCountsItsRatings() throws Exception {
        makeReady(trainee);
        Observation ready = observations.observationsOf(trainee.id()).get(0);
        Future<Void> save = heldOpen(() -> observations.save(
                trainer,
                ready.getSessionId(),
                ready.getVersion(),
                form(Rating.NOT_YET_COMPETENT, "Second thoughts, saved in the same second."),
                null));
        Future<Object> signOff = executor.submit(() -> outcome(() -> signOffs.signOff(secondTrainer, trainee.id())));
        assertThrows(
                TimeoutException.class,
                () -> signOff.get(1, TimeUnit.SECONDS),
                "signed off while an observation was being saved");
        release.countDown();
        save.get(30, TimeUnit.SECONDS);
        Object outcome = signOff.get(30, TimeUnit.SECONDS);
        assertTrue(
                outcome instanceof Failure.Conflict
                        && ((Exception) outcome).getMessage().startsWith("Not every competence is rated competent"),
                "signed off on old ratings: " + outcome);
        assertEquals(0, count("SELECT COUNT(*) FROM sign_off WHERE trainee_id = ?", trainee.id()));
    }

    private final CountDownLatch release = new CountDownLatch(1);

    /**
     * Runs the work in a transaction on another thread (as another node would) and keeps that transaction open until
     * {@link #release} is counted down; returns once the work is done and its locks are held.
     */
    private Future<Void> heldOpen(Runnable work) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Future<Void> held = executor.submit(() -> {
            tx.begin();
            try {
                work.run();
                done.countDown();
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new AssertionError("never released");
                }
                tx.commit();
            } catch (Exception | Error e) {
                tx.rollback();
                throw e;
            }
            return null;
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            held.get(1, TimeUnit.SECONDS);
            throw new AssertionError("the work held open did not finish");
        }
        return held;
    }

    /** What the call ended with: its result, or the exception it threw. */
    private static Object outcome(Callable<?> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e;
        }
    }

    private int count(String sql, Object... parameters) {
        try {
            return data.count(sql, parameters);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
