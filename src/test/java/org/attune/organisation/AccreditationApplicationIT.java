package org.attune.organisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.catalog.AccreditationCriterion;
import org.attune.platform.Failure;
import org.attune.platform.Secrets;
import org.attune.platform.upload.Download;
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
 * Accreditation in the real database: applying (every statement, files checked, one open application, own
 * organisation only), reviewing and the decision rules, history, and the public directory.
 */
@ExtendWith(ArquillianExtension.class)
class AccreditationApplicationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(TestPeople.class, TestPeople.Person.class);
    }

    @Inject
    private AccreditationApplicationService applications;

    @Inject
    private AccreditationService accreditation;

    @Inject
    private DirectoryService directory;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    private TestPeople data;
    private long organisation;
    private Person lead;
    private Person otherLead;
    private Person admin;
    private Person trainer;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(dataSource);
        organisation = data.organisation("TRAINING", "Applying Training");
        long other = data.organisation("TRAINING", "Other Applying Training");
        lead = load(data.person("applying-lead", organisation, "LEAD_TRAINER"));
        otherLead = load(data.person("other-applying-lead", other, "LEAD_TRAINER"));
        trainer = load(data.person("applying-trainer", organisation, "TRAINER"));
        admin = load(data.person("accrediting-admin", null, "ADMINISTRATOR"));
    }

    private Person load(TestPeople.Person person) {
        return people.find(person.id()).orElseThrow();
    }

    @AfterEach
    void removePeople() throws Exception {
        try (var c = dataSource.getConnection();
                var s = c.createStatement()) {
            String orgs = "SELECT id FROM organisation WHERE name LIKE '% " + data.tag() + "'";
            String apps = "SELECT id FROM accreditation_application WHERE organisation_id IN (" + orgs + ")";
            String files = "SELECT id FROM application_evidence WHERE application_id IN (" + apps + ")";
            s.executeUpdate(
                    "DELETE FROM application_evidence_content WHERE application_evidence_id IN (" + files + ")");
            s.executeUpdate("DELETE FROM application_evidence WHERE application_id IN (" + apps + ")");
            s.executeUpdate("DELETE FROM application_criterion WHERE application_id IN (" + apps + ")");
            s.executeUpdate("DELETE FROM accreditation_application WHERE organisation_id IN (" + orgs + ")");
        }
        data.close();
    }

    private static Map<Integer, String> statements() {
        Map<Integer, String> statements = new HashMap<>();
        for (int n = 1; n <= 9; n++) {
            statements.put(n, "Criterion " + n + ": our course spends its time on babies' cues, states and parents.");
        }
        return statements;
    }

    private static AccreditationApplicationService.Upload pdf(int criterion) {
        return new AccreditationApplicationService.Upload(
                criterion,
                "timetable.pdf",
                new ByteArrayInputStream("%PDF-1.4 timetable".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void applicationNeedsEveryStatementAndGoodFilesAndStoresNothingOtherwise() throws Exception {
        Map<Integer, String> missing = statements();
        missing.remove(4);
        missing.put(7, "too short");
        var e = assertThrows(Failure.Invalid.class, () -> applications.apply(lead, missing, List.of()));
        assertEquals(
                List.of("statement-4", "statement-7"), List.copyOf(e.problems().keySet()));
        var bad = assertThrows(
                Failure.Invalid.class,
                () -> applications.apply(
                        lead,
                        statements(),
                        List.of(new AccreditationApplicationService.Upload(
                                2,
                                "evil.pdf",
                                new ByteArrayInputStream("<script>".getBytes(StandardCharsets.US_ASCII))))));
        assertTrue(bad.problems().containsKey("file-2"));
        assertEquals(
                0,
                data.count("SELECT COUNT(*) FROM accreditation_application WHERE organisation_id = ?", organisation));
    }

    @Test
    void oneOpenApplicationPerOrganisationAndOnlyLeadTrainersOfItSeeIt() {
        AccreditationApplication a = applications.apply(lead, statements(), List.of(pdf(1), pdf(3)));
        assertEquals(2, applications.evidence(lead, a.getId()).size());
        assertThrows(Failure.Conflict.class, () -> applications.apply(lead, statements(), List.of()));
        assertThrows(SecurityException.class, () -> applications.application(otherLead, a.getId()));
        assertThrows(SecurityException.class, () -> applications.application(trainer, a.getId()));
        assertThrows(SecurityException.class, () -> applications.apply(trainer, statements(), List.of()));
        long evidence = applications.evidence(admin, a.getId()).get(0).id();
        assertTrue(applications.evidenceFile(otherLead, evidence).isEmpty());
        assertTrue(applications.evidenceFile(admin, evidence).isPresent());
        assertThrows(SecurityException.class, () -> applications.review(lead, a.getId(), 1, true, "self-review"));
        assertTrue(applications.waiting(admin).stream().anyMatch(w -> w.getId().equals(a.getId())));
    }

    @Test
    void evidenceFilesAreListedByCriterionAndDownloadWithTheBytesUploaded() throws Exception {
        byte[] minutes = "%PDF-1.4 minutes of the March meeting".getBytes(StandardCharsets.US_ASCII);
        AccreditationApplication a = applications.apply(
                lead,
                statements(),
                List.of(
                        new AccreditationApplicationService.Upload(
                                3, "C:\\docs\\minutes <March>.pdf", new ByteArrayInputStream(minutes)),
                        pdf(1)));

        List<AccreditationApplicationService.EvidenceItem> listed = applications.evidence(admin, a.getId());
        assertEquals(
                List.of(1, 3),
                listed.stream()
                        .map(AccreditationApplicationService.EvidenceItem::criterion)
                        .toList());
        AccreditationApplicationService.EvidenceItem item = listed.get(1);
        assertEquals("minutes _March_.pdf", item.fileName());
        assertEquals(minutes.length, item.size());

        Download download = applications.evidenceFile(lead, item.id()).orElseThrow();
        assertArrayEquals(minutes, download.content());
        assertEquals(Secrets.sha256Hex(minutes), download.file().getSha256());
        assertEquals("application/pdf", download.file().getContentType());
        assertEquals("minutes _March_.pdf", download.file().getFileName());
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM application_evidence_content WHERE application_evidence_id = ?",
                        item.id()),
                "the bytes are kept apart from the description");
    }

    @Test
    void decisionRulesAccreditedNeedsEveryCriterionMetConditionsNeedConditions() {
        AccreditationApplication a = applications.apply(lead, statements(), List.of());
        assertThrows(
                Failure.Conflict.class,
                () -> applications.decide(admin, a.getId(), AccreditationOutcome.REFUSED, null, null, 3),
                "every criterion reviewed first");
        for (int n = 1; n <= 9; n++) {
            applications.review(admin, a.getId(), n, n != 5, n == 5 ? "No data on who attends." : null);
        }
        var notAllMet = assertThrows(
                Failure.Invalid.class,
                () -> applications.decide(
                        admin, a.getId(), AccreditationOutcome.ACCREDITED, "Communication first.", null, 3));
        assertTrue(notAllMet.problems().containsKey("outcome"));
        var noConditions = assertThrows(
                Failure.Invalid.class,
                () -> applications.decide(
                        admin,
                        a.getId(),
                        AccreditationOutcome.ACCREDITED_WITH_CONDITIONS,
                        "Communication first in every session.",
                        " ",
                        3));
        assertTrue(noConditions.problems().containsKey("conditions"));
        assertFalse(accreditation.current(organisation).accredited());
        assertTrue(directory.accredited().stream().noneMatch(d -> d.id() == organisation));

        applications.decide(
                admin,
                a.getId(),
                AccreditationOutcome.ACCREDITED_WITH_CONDITIONS,
                "Communication first in every session.",
                "Collect attendance data within 6 months.",
                3);
        AccreditationStatus now = accreditation.current(organisation);
        assertEquals("ACCREDITED_WITH_CONDITIONS", now.status());
        assertTrue(now.validUntil().isAfter(Instant.now().plus(Duration.ofDays(3 * 365 - 2))));
        assertTrue(directory.accredited().stream()
                .anyMatch(d -> d.id() == organisation && d.focus().equals("Communication first in every session.")));
        assertTrue(applications.open(organisation).isEmpty());
        assertEquals(1, accreditation.history(organisation).size());
        assertThrows(Failure.Conflict.class, () -> applications.review(admin, a.getId(), 1, false, "late"));

        AccreditationApplication second = applications.apply(lead, statements(), List.of());
        for (int n = 1; n <= 9; n++) {
            applications.review(admin, second.getId(), n, false, "Not shown.");
        }
        applications.decide(admin, second.getId(), AccreditationOutcome.REFUSED, null, null, 3);
        assertEquals("REFUSED", accreditation.current(organisation).status());
        assertEquals(2, accreditation.history(organisation).size(), "decisions and their history are kept");
        assertTrue(directory.accredited().stream().noneMatch(d -> d.id() == organisation));
    }

    /** Reviews every criterion met except those named, and returns the application. */
    private AccreditationApplication reviewedAllMetExcept(int... notMet) {
        AccreditationApplication a = applications.apply(lead, statements(), List.of());
        for (int n = 1; n <= 9; n++) {
            final int criterion = n;
            boolean met = Arrays.stream(notMet).noneMatch(x -> x == criterion);
            applications.review(admin, a.getId(), n, met, met ? null : "Not shown.");
        }
        return a;
    }

    @Test
    void theFourNonWaivableCriteriaComeFromContent() {
        assertEquals(9, applications.criteria().size());
        assertEquals(
                List.of(1, 3, 6, 7),
                applications.criteria().stream()
                        .filter(c -> !c.waivable())
                        .map(AccreditationCriterion::number)
                        .toList());
    }

    @Test
    void conditionsAreRefusedWhenANonWaivableCriterionIsNotMet() {
        for (int nonWaivable : new int[] {1, 3, 6, 7}) {
            AccreditationApplication a = reviewedAllMetExcept(nonWaivable, 5);
            for (AccreditationOutcome outcome :
                    List.of(AccreditationOutcome.ACCREDITED_WITH_CONDITIONS, AccreditationOutcome.ACCREDITED)) {
                var refused = assertThrows(
                        Failure.Invalid.class,
                        () -> applications.decide(
                                admin,
                                a.getId(),
                                outcome,
                                "Communication first in every session.",
                                "Put it right within 6 months.",
                                3),
                        "criterion " + nonWaivable + ", " + outcome);
                assertTrue(
                        refused.problems().get("outcome").render().contains("criterion " + nonWaivable + " ("),
                        refused.problems().toString());
            }
            assertFalse(accreditation.current(organisation).accredited());
            assertTrue(applications.open(organisation).isPresent(), "a refused decision leaves the application open");
            applications.decide(admin, a.getId(), AccreditationOutcome.REFUSED, null, null, 3);
        }
        assertEquals(4, accreditation.history(organisation).size());
        assertEquals("REFUSED", accreditation.current(organisation).status());
    }

    @Test
    void conditionsAreAllowedWhenOnlyWaivableCriteriaAreNotMet() {
        AccreditationApplication a = reviewedAllMetExcept(2, 4, 5, 8, 9);
        assertTrue(applications
                .unmetNonWaivable(applications.application(admin, a.getId()))
                .isEmpty());
        applications.decide(
                admin,
                a.getId(),
                AccreditationOutcome.ACCREDITED_WITH_CONDITIONS,
                "Communication first in every session.",
                "Collect attendance data within 6 months.",
                3);
        assertEquals(
                "ACCREDITED_WITH_CONDITIONS",
                accreditation.current(organisation).status());
    }

    @Test
    void reviewListsTheDocumentsTheApplicationDoesNotSayItHolds() {
        var e = assertThrows(
                Failure.Invalid.class,
                () -> applications.apply(lead, statements(), Map.of(3, List.of("practicum-handbook")), List.of()));
        assertTrue(e.problems().containsKey("documents-3"), "a ticked document needs a file");
        var unknown = assertThrows(
                Failure.Invalid.class,
                () -> applications.apply(
                        lead, statements(), Map.of(3, List.of("curriculum-outline")), List.of(pdf(3))));
        assertTrue(unknown.problems().containsKey("documents-3"), "a document another criterion names");

        AccreditationApplication a = applications.apply(
                lead,
                statements(),
                Map.of(3, List.of("practicum-handbook"), 6, List.of("safeguarding-content")),
                List.of(pdf(3), pdf(6)));
        var missing = applications.missingDocuments(admin, a.getId());
        assertFalse(missing.containsKey(3), "criterion 3 has its practicum handbook");
        assertEquals(
                List.of("Safeguarding policy naming the lead"),
                missing.get(6).stream()
                        .map(AccreditationCriterion.Document::title)
                        .toList());
        assertEquals(
                List.of("Written handling policy", "Code of ethics"),
                missing.get(7).stream()
                        .map(AccreditationCriterion.Document::title)
                        .toList());
        assertEquals(8, missing.size());
        assertThrows(SecurityException.class, () -> applications.missingDocuments(otherLead, a.getId()));
    }

    @Test
    void profileShowsCurriculumAndStatusButNoPeople() {
        directory.describeCurriculum(lead, "Eight modules on cues, states and responsive parenting.");
        DirectoryService.Profile profile = directory.profile(organisation).orElseThrow();
        assertEquals("Eight modules on cues, states and responsive parenting.", profile.curriculum());
        assertFalse(profile.toString().contains(trainer.displayName()), "the public profile names no trainer");
        assertEquals("NOT_ACCREDITED", profile.entry().status());
        assertThrows(SecurityException.class, () -> directory.describeCurriculum(trainer, "Not a lead."));
    }
}
