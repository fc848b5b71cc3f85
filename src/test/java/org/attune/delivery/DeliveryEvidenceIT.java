package org.attune.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.certification.DeliveryRecord;
import org.attune.certification.Eligibility;
import org.attune.certification.RenewalReviewService;
import org.attune.certification.RenewalService;
import org.attune.organisation.AccreditationApplication;
import org.attune.organisation.AccreditationApplicationService;
import org.attune.organisation.FacilitatorDelivery;
import org.attune.platform.Failure;
import org.attune.testing.Deployments;
import org.attune.testing.TestPeople;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delivery records as evidence (issue 23, points 4, 5 and 7): renewal counts a facilitator's record only from a
 * programme's fifth response and only once a trainer of the certificate's organisation accepts it; an organisation's
 * accreditation review shows its consenting facilitators' figures in aggregate from the fifth response; a feedback
 * code takes answers at a limited rate.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryEvidenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(TestPeople.class, TestPeople.Person.class, DeliveryFixtures.class);
    }

    @Inject
    private RenewalService renewal;

    @Inject
    private RenewalReviewService reviews;

    @Inject
    private AccreditationApplicationService applications;

    @Inject
    private DeliveryService delivery;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "attune.verify.rate-limit.burst")
    private double burst;

    @Inject
    @ConfigProperty(name = "attune.verify.rate-limit.per-minute")
    private double perMinute;

    private TestPeople data;
    private DeliveryFixtures fixtures;
    private long organisation;
    private long otherOrganisation;
    private Person facilitator;
    private Person trainer;
    private Person otherTrainer;
    private Person lead;
    private Person otherLead;
    private Person administrator;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(dataSource);
        fixtures = new DeliveryFixtures(data);
        organisation = data.organisation("TRAINING", "Evidence Training");
        otherOrganisation = data.organisation("TRAINING", "Other Evidence Training");
        facilitator = load(data.person("evidence-facilitator", organisation, "TRAINEE"));
        trainer = load(data.person("evidence-trainer", organisation, "TRAINER"));
        otherTrainer = load(data.person("evidence-other-trainer", otherOrganisation, "TRAINER"));
        lead = load(data.person("evidence-lead", organisation, "LEAD_TRAINER"));
        otherLead = load(data.person("evidence-other-lead", otherOrganisation, "LEAD_TRAINER"));
        administrator = load(data.person("evidence-admin", null, "ADMINISTRATOR"));
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
            s.executeUpdate("DELETE FROM application_criterion WHERE application_id IN (" + apps + ")");
            s.executeUpdate("DELETE FROM accreditation_application WHERE organisation_id IN (" + orgs + ")");
        }
        data.close();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The facilitator's certificate from the organisation, in its renewal window (expires in 30 days). */
    private void certificateDueForRenewal() throws Exception {
        fixtures.certificate(
                facilitator.id(),
                organisation,
                trainer.id(),
                Instant.now().minus(Duration.ofDays(335)),
                Instant.now().plus(Duration.ofDays(30)));
    }

    private Eligibility.Check practice() {
        return renewal.eligibility(facilitator).checks().get(2);
    }

    @Test
    void renewalCountsTheDeliveryRecordFromTheFifthResponseOnceATrainerOfTheOrganisationAcceptsIt() throws Exception {
        certificateDueForRenewal();
        String code = fixtures.programme(facilitator.id(), today().minusDays(3));
        fixtures.responses(code, 4, "a-lot", "Lovely class, thank you Sam.");

        RenewalReviewService.Evidence four =
                renewal.deliveryEvidence(facilitator).orElseThrow();
        assertFalse(four.summary().counts(), "4 responses do not count");
        assertEquals("renewal.delivery.notEnough", four.summary().reason().key());
        assertTrue(four.summary().figures().stream().noneMatch(DeliveryRecord.Figure::shown), "no figure on 4");
        assertFalse(four.canAsk());
        assertThrows(Failure.Conflict.class, () -> renewal.putDeliveryRecordForward(facilitator));
        assertFalse(practice().done(), "no practicum session and no accepted record");

        fixtures.responses(code, 1, "not-really", null);
        RenewalReviewService.Evidence five =
                renewal.deliveryEvidence(facilitator).orElseThrow();
        assertTrue(five.summary().counts(), "the fifth response makes the programme count");
        assertEquals("renewal.delivery.counts", five.summary().reason().key());
        assertEquals(5, five.summary().responses());
        assertEquals(
                80,
                five.summary().figures().stream()
                        .filter(f -> f.statement().equals("I was encouraged to ask my baby's permission."))
                        .findFirst()
                        .orElseThrow()
                        .percent());
        assertTrue(five.canAsk());
        assertFalse(practice().done(), "counting is not enough: a trainer accepts it");

        renewal.putDeliveryRecordForward(facilitator);
        assertTrue(renewal.deliveryEvidence(facilitator).orElseThrow().requested());
        assertTrue(reviews.waiting(otherTrainer).isEmpty(), "another organisation's trainer is not asked");
        List<RenewalReviewService.Waiting> waiting = reviews.waiting(trainer);
        assertEquals(1, waiting.size());
        long id = waiting.get(0).id();
        assertThrows(Failure.NotFound.class, () -> reviews.review(otherTrainer, id));
        assertThrows(Failure.NotAllowed.class, () -> reviews.review(facilitator, id));

        RenewalReviewService.Review review = reviews.review(lead, id); // a lead trainer is a trainer too
        assertTrue(review.waiting());
        assertTrue(review.summary().counts());
        assertFalse(review.toString().contains("Lovely class"), "the trainer never gets a parent's comment");

        Failure.Invalid noReason = assertThrows(Failure.Invalid.class, () -> reviews.decide(trainer, id, false, " "));
        assertTrue(noReason.problems().containsKey("comment"));
        reviews.decide(trainer, id, false, "Please add a programme with more families.");
        RenewalReviewService.Evidence declined =
                renewal.deliveryEvidence(facilitator).orElseThrow();
        assertTrue(declined.declined());
        assertEquals("Please add a programme with more families.", declined.comment());
        assertFalse(practice().done());
        assertThrows(Failure.Conflict.class, () -> reviews.decide(lead, id, true, null), "decided already");

        renewal.putDeliveryRecordForward(facilitator); // asks again
        assertEquals(1, reviews.waiting(trainer).size());
        reviews.decide(trainer, id, true, null);
        assertTrue(renewal.deliveryEvidence(facilitator).orElseThrow().accepted());
        assertTrue(practice().done(), "an accepted delivery record stands for recent practice");
        assertEquals("renewal.check.practised.delivery", practice().detail().key());
        assertTrue(reviews.waiting(trainer).isEmpty());
    }

    @Test
    void aProgrammeBeforeTheCertificatesLastYearDoesNotCount() throws Exception {
        certificateDueForRenewal();
        String old = fixtures.programme(facilitator.id(), today().minusDays(400));
        fixtures.responses(old, 6, "a-lot", null);
        RenewalReviewService.Evidence evidence =
                renewal.deliveryEvidence(facilitator).orElseThrow();
        assertFalse(evidence.summary().counts());
        assertEquals("renewal.delivery.noProgramme", evidence.summary().reason().key());
    }

    @Test
    void theAccreditationReviewShowsTheConsentingFacilitatorsInAggregateFromTheFifthResponse() throws Exception {
        Person sharing = facilitator;
        Person keepsToThemself = load(data.person("evidence-private", organisation, "TRAINEE"));
        Person certifiedElsewhere = load(data.person("evidence-elsewhere", organisation, "TRAINEE"));
        Instant issued = Instant.now().minus(Duration.ofDays(100));
        Instant expires = Instant.now().plus(Duration.ofDays(900));
        fixtures.certificate(sharing.id(), organisation, trainer.id(), issued, expires);
        fixtures.certificate(keepsToThemself.id(), organisation, trainer.id(), issued, expires);
        fixtures.certificate(certifiedElsewhere.id(), otherOrganisation, otherTrainer.id(), issued, expires);
        fixtures.sharesWithTraining(sharing.id());
        fixtures.sharesWithTraining(certifiedElsewhere.id());
        String shared = fixtures.programme(sharing.id(), today().minusDays(10));
        fixtures.responses(shared, 4, "a-lot", "Comment only the facilitator reads.");
        fixtures.responses(fixtures.programme(keepsToThemself.id(), today().minusDays(10)), 9, "not-really", null);
        fixtures.responses(fixtures.programme(certifiedElsewhere.id(), today().minusDays(10)), 9, "not-really", null);
        Map<Integer, String> statements = new HashMap<>();
        for (int n = 1; n <= applications.criteria().size(); n++) {
            statements.put(n, "Criterion " + n + ": our course spends its time on babies' cues, states and parents.");
        }
        AccreditationApplication application = applications.apply(lead, statements, List.of());

        FacilitatorDelivery.Aggregate four = applications
                .facilitatorDelivery(administrator, application.getId())
                .orElseThrow();
        assertFalse(four.enough(), "4 responses: not enough; the others' programmes do not count here");
        assertEquals(0, four.responses());
        assertTrue(four.figures().stream().noneMatch(FacilitatorDelivery.Figure::shown));

        fixtures.responses(shared, 1, "a-lot", null);
        FacilitatorDelivery.Aggregate five = applications
                .facilitatorDelivery(administrator, application.getId())
                .orElseThrow();
        assertTrue(five.enough());
        assertEquals(1, five.facilitators());
        assertEquals(1, five.programmes());
        assertEquals(5, five.responses());
        assertTrue(five.figures().stream().allMatch(f -> f.shown() && f.percent() == 100), five.toString());
        assertFalse(five.toString().contains("Comment only"), "never a comment");
        assertEquals(five, applications.facilitatorDelivery(lead).orElseThrow(), "the lead sees what the admin sees");
        assertThrows(SecurityException.class, () -> applications.facilitatorDelivery(otherLead, application.getId()));
    }

    @Test
    void aFeedbackCodeTakesAnswersAtALimitedRateAndABusyAnswerWritesNothing() throws Exception {
        certificateDueForRenewal();
        String code = fixtures.programme(facilitator.id(), today());
        String other = fixtures.programme(facilitator.id(), today());
        Map<String, String> answers = Map.of("welcome", "a-lot");
        assertEquals(
                DeliveryService.Outcome.SAVED, delivery.answer(code, "device-token-first-abcdefgh", answers, null));
        // every attempt counts against the code, even one with nothing to save: use those up quickly
        long started = System.nanoTime();
        int allowed = 1 + emptyAttemptsUntilBusy(code);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(
                allowed >= burst && allowed <= burst + 1 + Math.ceil(perMinute / 60 * seconds),
                allowed + " attempts allowed in " + seconds + " s; burst " + burst + ", " + perMinute + " a minute");
        // The bucket gains a token a second, so one may come back between the last refusal and the parent's answer:
        // then that answer is saved, the bucket is emptied again and the parent tries once more.
        int written = 1;
        DeliveryService.Outcome parent = delivery.answer(code, "device-token-second-0-abcdefgh", answers, null);
        for (int round = 1; round < 5 && parent == DeliveryService.Outcome.SAVED; round++) {
            written++;
            emptyAttemptsUntilBusy(code);
            parent = delivery.answer(code, "device-token-second-" + round + "-abcdefgh", answers, null);
        }
        assertEquals(DeliveryService.Outcome.BUSY, parent, "a parent's answer while the code is busy is refused");
        assertEquals(
                written,
                data.count(
                        "SELECT COUNT(*) FROM delivery_response r JOIN delivery_session s ON s.id = r.session_id"
                                + " WHERE s.feedback_code = ?",
                        code),
                "a refused answer is not written");
        assertEquals(
                DeliveryService.Outcome.SAVED,
                delivery.answer(other, "device-token-other-abcdefgh", answers, null),
                "the limit is per code: another session's parents are not held up");
    }

    /** Sends attempts with nothing to save until the code's limit refuses one; returns how many were taken. */
    private int emptyAttemptsUntilBusy(String code) {
        int taken = 0;
        DeliveryService.Outcome outcome;
        while ((outcome = delivery.answer(code, null, Map.of(), null)) != DeliveryService.Outcome.BUSY
                && taken < 10_000) {
            assertEquals(DeliveryService.Outcome.EMPTY, outcome);
            taken++;
        }
        assertEquals(DeliveryService.Outcome.BUSY, outcome, "attempts beyond the limit are refused");
        return taken;
    }
}
