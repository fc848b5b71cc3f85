package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.competence.SignOffService;
import org.attune.platform.Failure;
import org.attune.testing.Certifiable;
import org.attune.testing.Deployments;
import org.attune.testing.Eventually;
import org.attune.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates in the real database: eligibility criterion by criterion (including an organisation unaccredited at
 * sign-off), idempotent issuance under parallel requests, automatic issuance when moderation confirms, the status
 * list, suspension and revocation rights, expiry reminders and renewal.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(
                        TestPeople.class,
                        TestPeople.Person.class,
                        Certifiable.class,
                        BitstringStatusListCheck.class,
                        BitstringStatusListCheck.StatusError.class)
                .addPackages(true, "com.icegreen.greenmail", "org.slf4j"); // an SMTP server inside, for reminders
    }

    @Inject
    private CertificationService certification;

    @Inject
    private CertificateAdminService admin;

    @Inject
    private StatusListService statusList;

    @Inject
    private StatusListSlots slots;

    @Resource
    private UserTransaction transaction;

    @Inject
    private ExpiryReminders reminders;

    @Inject
    private RenewalService renewal;

    @Inject
    private VerificationService verification;

    @Inject
    private SignOffService signOffs;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private TestPeople data;
    private Certifiable record;
    private long organisation;
    private Person trainee;
    private Person trainer;
    private Person secondTrainer;
    private Person lead;
    private Person otherLead;
    private Person administrator;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(dataSource);
        record = new Certifiable(dataSource);
        organisation = data.organisation("TRAINING", "Certifying Training");
        long other = data.organisation("TRAINING", "Other Certifying Training");
        trainee = load(data.person("certified", organisation, "TRAINEE"));
        trainer = load(data.person("cert-trainer", organisation, "TRAINER"));
        secondTrainer = load(data.person("cert-second", organisation, "TRAINER"));
        lead = load(data.person("cert-lead", organisation, "LEAD_TRAINER"));
        otherLead = load(data.person("cert-other-lead", other, "LEAD_TRAINER"));
        administrator = load(data.person("cert-admin", null, "ADMINISTRATOR"));
        data.cohort(organisation, "Certifying cohort", trainee.id());
    }

    private Person load(TestPeople.Person person) {
        return people.find(person.id()).orElseThrow();
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    private void everythingButSignOff(Person who) throws Exception {
        record.completeCourse(who.id());
        record.completePractice(who.id(), trainer.id());
    }

    private Certificate issued() throws Exception {
        everythingButSignOff(trainee);
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(1000)));
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        return certification.issueIfEligible(trainee).orElseThrow();
    }

    @Test
    void checklistSaysWhatIsMissingAndNothingIsIssuedUntilEverythingHolds() throws Exception {
        Eligibility none = certification.eligibility(trainee);
        assertFalse(none.ready());
        assertEquals(4, none.checks().size());
        assertTrue(none.checks().stream().noneMatch(Eligibility.Check::done));
        assertTrue(certification.issueIfEligible(trainee).isEmpty());

        everythingButSignOff(trainee);
        Eligibility almost = certification.eligibility(trainee);
        assertTrue(almost.checks().get(0).done(), almost.toString());
        assertTrue(almost.checks().get(1).done(), almost.toString());
        assertFalse(almost.checks().get(2).done());
        assertTrue(certification.issueIfEligible(trainee).isEmpty());
        assertEquals(0, data.count("SELECT COUNT(*) FROM certificate WHERE person_id = ?", trainee.id()));
    }

    @Test
    void signOffWhileTheOrganisationWasNotAccreditedMakesNobodyEligible() throws Exception {
        everythingButSignOff(trainee);
        // accredited only after the sign-off: the sign-off does not count
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now().minus(Duration.ofDays(10)));
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(5)),
                Instant.now().plus(Duration.ofDays(1000)));
        Eligibility eligibility = certification.eligibility(trainee);
        assertTrue(eligibility.checks().get(2).done());
        assertFalse(eligibility.checks().get(3).done(), eligibility.toString());
        assertTrue(certification.issueIfEligible(trainee).isEmpty());
    }

    @Test
    void refusedOrLapsedAccreditationAtSignOffDoesNotCountEither() throws Exception {
        everythingButSignOff(trainee);
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(400)),
                Instant.now().minus(Duration.ofDays(30)));
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        assertFalse(certification.eligibility(trainee).ready(), "accreditation had lapsed");
        record.accredit(
                organisation,
                "ACCREDITED_WITH_CONDITIONS",
                Instant.now().minus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(300)));
        assertTrue(certification.eligibility(trainee).ready(), "accredited with conditions counts");
    }

    @Test
    void exactlyOneCertificateIsIssuedHoweverManyAskAtOnce() throws Exception {
        everythingButSignOff(trainee);
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(1000)));
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            results.add(executor.submit(() -> {
                start.await();
                return certification
                        .issueIfEligible(trainee)
                        .orElseThrow()
                        .getNumber()
                        .value();
            }));
        }
        start.countDown();
        Set<String> numbers = new HashSet<>();
        for (Future<String> result : results) {
            numbers.add(result.get());
        }
        assertEquals(1, numbers.size(), "every caller sees the same certificate");
        assertEquals(1, data.count("SELECT COUNT(*) FROM certificate WHERE person_id = ?", trainee.id()));
        // In a transaction of its own: the managed executor's tasks carried this test's invocation, and with it the
        // one non-transactional entity manager Payara keeps per invocation, which a finished task may have closed
        // (CI, 2026-12-02: "Attempting to execute an operation on a closed EntityManager" here).
        transaction.begin();
        try {
            Certificate c = certification.certificatesOf(trainee.id()).get(0);
            assertEquals(trainer.displayName(), c.getSignedOffByName());
            assertEquals("ACCREDITED", c.getAccreditationAtIssue());
            assertEquals(12, c.getCompetences().size());
            assertEquals(36, Duration.between(c.getIssuedAt(), c.getExpiresAt()).toDays() / 30, "36 months");
            assertTrue(credentialOf(c).split("\\.").length == 3, "a compact JWS");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void confirmingASampledSignOffIssuesTheCertificateAutomatically() throws Exception {
        everythingButSignOff(trainee);
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(1000)));
        var signOff = signOffs.signOff(trainer, trainee.id()); // a new trainer's first: sampled
        assertTrue(signOff.isSampled());
        certification.issueIfEligible(trainee.id()); // what the sign-off's after-commit observer has already done
        assertTrue(certification.certificatesOf(trainee.id()).isEmpty(), "not before moderation");
        signOffs.confirm(secondTrainer, signOff.getId(), "Agreed.");
        Eventually.until(
                "the confirmation's event issues the certificate",
                () -> !certification.certificatesOf(trainee.id()).isEmpty());
        assertEquals(1, certification.certificatesOf(trainee.id()).size(), "issued once");
        assertEquals(
                List.of("Your sign-off has been confirmed", "Congratulations: your Attune facilitator certificate"),
                subjects(trainee));
        assertTrue(data.mails(trainee.email()).get(0).body().contains("Comment: Agreed."));
    }

    @Test
    void aSampledSignOffMailsTheOtherTrainersAndItsReturnMailsTheTraineeAndTheTrainerWhoSignedIt() throws Exception {
        everythingButSignOff(trainee);
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(1000)));
        var signOff = signOffs.signOff(trainer, trainee.id()); // a new trainer's first: sampled
        assertTrue(signOff.isSampled());
        assertEquals(List.of("A sign-off is awaiting your moderation"), subjects(secondTrainer));
        String moderation = data.mails(secondTrainer.email()).get(0).body();
        assertTrue(
                moderation.contains(trainee.displayName()) && moderation.contains("/trainer/moderation"), moderation);
        assertTrue(moderation.contains("because you are a trainer with Attune"), "the footer says why: " + moderation);
        assertEquals(List.of(), subjects(trainer), "the trainer who signed it off cannot moderate it");
        assertEquals(List.of(), subjects(trainee));

        signOffs.returnWithComments(secondTrainer, signOff.getId(), "Observe one more home visit, please.");
        assertEquals(List.of("Your sign-off has been returned"), subjects(trainee));
        String returned = data.mails(trainee.email()).get(0).body();
        assertTrue(returned.contains("Observe one more home visit, please."), returned);
        assertTrue(
                returned.contains("because you are training as a facilitator")
                        && returned.contains("/account/settings"),
                "the footer says why and where to change it: " + returned);
        assertEquals(List.of("A sign-off you gave has been returned"), subjects(trainer));
        String toSigner = data.mails(trainer.email()).get(0).body();
        assertTrue(
                toSigner.contains(trainee.displayName()) && toSigner.contains("Observe one more home visit"), toSigner);
    }

    @Test
    void theHolderIsMailedInTheSameTransactionWhenTheCertificateIsIssuedSuspendedReinstatedOrRevoked()
            throws Exception {
        Certificate c = issued();
        transaction.begin();
        admin.apply(lead, c.getId(), CertificateAdminService.Action.SUSPEND, "A change that is undone.");
        transaction.rollback();
        assertEquals(
                List.of("Congratulations: your Attune facilitator certificate"),
                subjects(trainee),
                "a suspension that rolled back mails nothing");
        admin.apply(lead, c.getId(), CertificateAdminService.Action.SUSPEND, "Concern being looked into.");
        admin.apply(lead, c.getId(), CertificateAdminService.Action.REINSTATE, "Concern resolved.");
        admin.apply(administrator, c.getId(), CertificateAdminService.Action.REVOKE, "Handled babies in class.");
        assertEquals(
                List.of(
                        "Congratulations: your Attune facilitator certificate",
                        "Your Attune certificate has been suspended",
                        "Your Attune certificate has been reinstated",
                        "Your Attune certificate has been revoked"),
                subjects(trainee));
        List<TestPeople.Mail> mails = data.mails(trainee.email());
        String number = c.getNumber().value();
        assertTrue(
                mails.get(0).body().contains(number)
                        && mails.get(0).body().contains("/verify/" + number)
                        && mails.get(0).body().contains("/trainee/dashboard"),
                mails.get(0).body());
        assertTrue(
                mails.get(1).body().contains("Reason: Concern being looked into."),
                mails.get(1).body());
        assertTrue(
                mails.get(2).body().contains("Reason: Concern resolved."),
                mails.get(2).body());
        assertTrue(
                mails.get(3).body().contains("Reason: Handled babies in class."),
                mails.get(3).body());
        for (TestPeople.Mail mail : mails) {
            assertTrue(
                    mail.body().contains("because you hold an Attune facilitator certificate")
                            && mail.body().contains("/account/settings"),
                    "the footer says why: " + mail.body());
        }
    }

    private List<String> subjects(Person person) throws Exception {
        return data.mails(person.email()).stream().map(TestPeople.Mail::subject).toList();
    }

    @Test
    void revokingShowsAtOnceInVerificationAndTheStatusListAndOnlyTheRightPeopleMayDoIt() throws Exception {
        Certificate c = issued();
        assertThrows(
                SecurityException.class,
                () -> admin.apply(
                        otherLead, c.getId(), CertificateAdminService.Action.REVOKE, "Not my organisation's."));
        assertThrows(
                SecurityException.class,
                () -> admin.apply(trainer, c.getId(), CertificateAdminService.Action.SUSPEND, "Trainers cannot."));
        assertThrows(
                Failure.Invalid.class, () -> admin.apply(lead, c.getId(), CertificateAdminService.Action.SUSPEND, " "));
        assertEquals(List.of(false, false), bits(c), "[revocation, suspension] of a new certificate");
        admin.apply(lead, c.getId(), CertificateAdminService.Action.SUSPEND, "Concern being looked into.");
        assertEquals(List.of(false, true), bits(c), "suspension sets the suspension bit");
        assertEquals("suspended", found(c).status());
        admin.apply(lead, c.getId(), CertificateAdminService.Action.REINSTATE, "Concern resolved.");
        assertEquals(List.of(false, false), bits(c), "reinstatement clears it");
        assertEquals("active", found(c).status());
        admin.apply(lead, c.getId(), CertificateAdminService.Action.SUSPEND, "Another concern.");
        admin.apply(administrator, c.getId(), CertificateAdminService.Action.REVOKE, "Handled babies in class.");
        assertEquals(List.of(true, false), bits(c), "revocation sets the revocation bit");
        assertEquals("revoked", found(c).status());
        assertThrows(
                Failure.Conflict.class,
                () -> admin.apply(
                        administrator, c.getId(), CertificateAdminService.Action.REINSTATE, "A revocation is final."));
        assertEquals(List.of(true, false), bits(c), "and keeps it");
        assertEquals(
                4, data.count("SELECT COUNT(*) FROM audit_event WHERE subject = ?", "certificate:" + c.getNumber()));
        assertTrue(admin.manageable(otherLead, null).stream()
                .noneMatch(x -> x.getId().equals(c.getId())));
        assertTrue(admin.manageable(lead, c.getNumber().value()).stream()
                .anyMatch(x -> x.getId().equals(c.getId())));
    }

    @Test
    void verificationAnswersWithTheRecordedFactsOfTheCertificate() throws Exception {
        Certificate c = issued();
        Verification v = found(c);
        assertEquals(c.getNumber().value(), v.number());
        assertEquals("active", v.status());
        assertEquals(c.getHolderName(), v.holder());
        assertEquals(c.getOrganisationName(), v.trainingOrganisation().name());
        assertEquals(
                c.getAccreditationAtIssue(),
                v.trainingOrganisation().accreditation().statusAtIssue());
        assertEquals(c.getCourseCode(), v.course().code());
        assertEquals(c.getCourseTitle(), v.course().title());
        assertEquals(c.getSyllabusLabel(), v.syllabusVersion().label());
        assertEquals(c.getSyllabusHash(), v.syllabusVersion().contentHash());
        assertEquals(c.getIssuedAt().truncatedTo(ChronoUnit.SECONDS), v.issued().truncatedTo(ChronoUnit.SECONDS));
        assertEquals(
                c.getExpiresAt().truncatedTo(ChronoUnit.SECONDS), v.expires().truncatedTo(ChronoUnit.SECONDS));
        assertEquals(c.getCompetences(), v.competences());
        assertFalse(v.competences().isEmpty());
        assertTrue(v.verificationUrl().endsWith("/verify/" + c.getNumber().value()), v.verificationUrl());
        assertEquals(
                v,
                verification.verifyAll(List.of(c.getNumber())).get(c.getNumber().value()),
                "bulk verification answers the same");
    }

    private Verification found(Certificate c) {
        return ((VerificationService.Found) verification.verify(c.getNumber().value())).verification();
    }

    /**
     * The [revocation, suspension] bits of a certificate, read as a verifier would: each entry of its credential's
     * credentialStatus names a list credential, which is checked with the independent implementation of the
     * specification's algorithm.
     */
    private List<Boolean> bits(Certificate c) throws Exception {
        JsonArray entries = payload(credentialOf(c)).getJsonArray("credentialStatus");
        assertEquals(2, entries.size());
        List<Boolean> bits = new ArrayList<>();
        for (String purpose : List.of("revocation", "suspension")) {
            JsonObject entry = entries.stream()
                    .map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("statusPurpose").equals(purpose))
                    .findFirst()
                    .orElseThrow();
            String url = entry.getString("statusListCredential");
            int list = Integer.parseInt(url.substring(url.lastIndexOf('/') + 1));
            JsonObject listCredential = payload(statusList
                    .signedList(
                            StatusPurpose.of(url.substring(
                                            url.lastIndexOf('/', url.lastIndexOf('/') - 1) + 1, url.lastIndexOf('/')))
                                    .orElseThrow(),
                            list)
                    .orElseThrow());
            assertEquals(url, listCredential.getString("id"), "the list is the one the entry names");
            JsonObject subject = listCredential.getJsonObject("credentialSubject");
            assertEquals("BitstringStatusList", subject.getString("type"));
            bits.add(BitstringStatusListCheck.isSet(
                    entry.getString("statusPurpose"),
                    entry.getString("statusListIndex"),
                    subject.getString("statusPurpose"),
                    subject.getString("encodedList")));
        }
        return bits;
    }

    /** The certificate's signed credential, as its holder downloads it (kept in a table of its own). */
    private String credentialOf(Certificate c) {
        return certification.credentialOf(c).orElseThrow().jwt();
    }

    private static JsonObject payload(String jwt) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void aCredentialIssuedBeforeTheTwoPurposeListsStillReadsItsStatusFromTheOlderList() throws Exception {
        Certificate c = issued();
        // as V20 left certificates issued before it: no slot; their credential names list 1 at the certificate id
        execute("UPDATE certificate SET status_list = NULL, status_index = NULL WHERE id = ?", c.getId());
        assertEquals(0, oldListValue(c.getId()));
        admin.apply(lead, c.getId(), CertificateAdminService.Action.SUSPEND, "Concern being looked into.");
        assertEquals(1, oldListValue(c.getId()), "suspended");
        admin.apply(administrator, c.getId(), CertificateAdminService.Action.REVOKE, "Handled babies in class.");
        assertEquals(2, oldListValue(c.getId()), "revoked");
    }

    private int oldListValue(long id) throws Exception {
        JsonObject list = payload(statusList.signedList());
        assertTrue(list.getString("id").endsWith("/api/v1/status-lists/1"));
        JsonObject subject = list.getJsonObject("credentialSubject");
        return BitstringStatusListCheck.status(
                "message", String.valueOf(id), 2, subject.getString("statusPurpose"), subject.getString("encodedList"));
    }

    @Test
    void transactionsDrawingTheSameIndexesAtOnceEachGetADifferentSlot() throws Exception {
        int first = 1 + new SecureRandom().nextInt(StatusListSlots.ENTRIES - 100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StatusListSlots.Slot>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(executor.submit(() -> {
                start.await();
                int[] next = {first};
                transaction.begin();
                try {
                    StatusListSlots.Slot slot = slots.claim(() -> next[0]++);
                    transaction.commit();
                    return slot;
                } catch (Exception e) {
                    transaction.rollback();
                    throw e;
                }
            }));
        }
        start.countDown();
        Set<StatusListSlots.Slot> claimed = new HashSet<>();
        try {
            for (Future<StatusListSlots.Slot> claim : claims) {
                claimed.add(claim.get());
            }
            assertEquals(8, claimed.size(), "eight different slots: " + claimed);
            assertEquals(
                    1,
                    claimed.stream().map(StatusListSlots.Slot::list).distinct().count());
        } finally {
            for (StatusListSlots.Slot slot : claimed) {
                execute(
                        "DELETE FROM status_list_slot WHERE list_number = ? AND list_index = ?",
                        slot.list(),
                        slot.index());
            }
        }
    }

    @Test
    void certificatesAreGivenRandomSlotsAndTheirHolderAsASaltedHash() throws Exception {
        Certificate c = issued();
        StatusListSlots.Slot slot = c.getStatusSlot().orElseThrow();
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM status_list_slot WHERE list_number = ? AND list_index = ?",
                        slot.list(),
                        slot.index()),
                "the slot is claimed");
        JsonObject identity = payload(credentialOf(c))
                .getJsonObject("credentialSubject")
                .getJsonArray("identifier")
                .getJsonObject(0);
        assertTrue(identity.getBoolean("hashed"));
        assertEquals(
                IdentityHash.of(trainee.displayName(), identity.getString("salt")), identity.getString("identityHash"));
        assertFalse(payload(credentialOf(c)).toString().contains(trainee.displayName()), "no plain name");
        assertEquals(Optional.of(true), verification.nameMatches(c.getNumber().value(), trainee.displayName()));
        assertEquals(Optional.of(false), verification.nameMatches(c.getNumber().value(), "Someone Else"));
    }

    @Test
    void verificationTellsAMistypedNumberFromAnUnknownOne() throws Exception {
        Certificate c = issued();
        String n = c.getNumber().value();
        char last = n.charAt(n.length() - 1);
        String typo = n.substring(0, n.length() - 1) + (last == '0' ? '1' : '0');
        assertTrue(verification.verify(typo) instanceof VerificationService.Mistyped);
        String unknown = CertificateNumber.random(new SecureRandom()).value();
        assertTrue(verification.verify(unknown) instanceof VerificationService.NotFound);
        Verification v = found(c);
        assertEquals(trainee.displayName(), v.holder());
        assertEquals("ACCREDITED", v.trainingOrganisation().accreditation().statusNow());
        assertEquals("ACCREDITED", v.trainingOrganisation().accreditation().statusAtIssue());
    }

    @Test
    void lookUpsAtTheSameTimeShareQueriesAndEachGetsItsOwnCertificateOrNotFound() throws Exception {
        long syllabus = data.count("SELECT MAX(id) FROM syllabus_version");
        List<String> numbers = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 40; i++) {
            String number = CertificateNumber.random(random).value();
            numbers.add(number);
            execute(
                    "INSERT INTO certificate (cert_number, person_id, holder_name, organisation_id, organisation_name,"
                            + " accreditation_at_issue, signed_off_by, signed_off_by_name, course_code, course_title,"
                            + " syllabus_version_id, syllabus_label, syllabus_hash, competences, issued_at, expires_at, status,"
                            + " issue_key, version) VALUES (?, ?, ?, ?, 'Certifying Training', 'ACCREDITED', ?, 'Trainer',"
                            + " 'ATT-IC', 'Course', ?, '2026.1', 'hash', 'Reading cues', NOW(6), NOW(6) + INTERVAL 1 YEAR,"
                            + " ?, ?, 1)",
                    number,
                    trainee.id(),
                    "Holder " + i,
                    organisation,
                    trainer.id(),
                    syllabus,
                    i % 4 == 0 ? "REVOKED" : "ACTIVE",
                    "lookup-test:" + data.tag() + ":" + i);
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            unknown.add(CertificateNumber.random(random).value());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> lookers = new ArrayList<>();
        // Plain threads, each like a request of its own. Tasks of the managed executor carry this test's invocation,
        // and with it the one non-transactional entity manager Payara keeps per invocation: five tasks reading the
        // accreditation at once shared it, which no two requests ever do (EclipseLink failed on the shared unit of
        // work, once in about three CI runs).
        ExecutorService requests = Executors.newFixedThreadPool(5);
        try {
            for (int t = 0; t < 5; t++) {
                lookers.add(requests.submit(() -> {
                    start.await();
                    List<String> wrong = new ArrayList<>();
                    Random pick = new Random();
                    for (int n = 0; n < 300; n++) {
                        int i = pick.nextInt(50);
                        String number = i < 40 ? numbers.get(i) : unknown.get(i - 40);
                        VerificationService.Outcome outcome = verification.verify(number);
                        boolean right = i < 40
                                ? outcome instanceof VerificationService.Found f
                                        && f.verification().number().equals(number)
                                        && f.verification().holder().equals("Holder " + i)
                                        && f.verification().status().equals(i % 4 == 0 ? "revoked" : "active")
                                : outcome instanceof VerificationService.NotFound nf
                                        && nf.number().equals(number);
                        if (!right) {
                            wrong.add(number + " -> " + outcome);
                        }
                    }
                    return wrong;
                }));
            }
            start.countDown();
            for (Future<List<String>> looker : lookers) {
                assertEquals(List.of(), looker.get(), "a look-up got another number's answer");
            }
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void remindersGoOutNinetyAndThirtyDaysBeforeExpiryOnceEach() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv().getOrDefault("ATTUNE_MAIL_SMTP_PORT", "3025")), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            remindersGoOut(smtp);
        } finally {
            smtp.stop();
        }
    }

    private void remindersGoOut(GreenMail smtp) throws Exception {
        Certificate c = issued();
        execute(
                "UPDATE certificate SET expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(80))),
                c.getId());
        assertTrue(reminders.sendDue() >= 1);
        assertEquals(
                1,
                data.count("SELECT COUNT(*) FROM certificate WHERE id = ? AND reminded_90_at IS NOT NULL", c.getId()));
        awaitReminders(smtp, 1); // delivered from the outbox after the reminders' transaction commits
        reminders.sendDue();
        assertEquals(
                0,
                data.count("SELECT COUNT(*) FROM certificate WHERE id = ? AND reminded_30_at IS NOT NULL", c.getId()),
                "not yet within 30 days");
        execute(
                "UPDATE certificate SET expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(20))),
                c.getId());
        reminders.sendDue();
        assertEquals(
                1,
                data.count("SELECT COUNT(*) FROM certificate WHERE id = ? AND reminded_30_at IS NOT NULL", c.getId()));
        awaitReminders(smtp, 2);
        reminders.sendDue();
        assertEquals(
                2,
                data.count(
                        "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE"
                                + " 'Your Attune certificate expires on%'",
                        trainee.email()),
                "one mail each for 90 and 30 days, nothing twice");
        assertEquals(2, reminderMails(smtp), "one mail each for 90 and 30 days, nothing twice");
    }

    /** Waits until the holder has received this many reminders. */
    private void awaitReminders(GreenMail smtp, int count) throws Exception {
        Eventually.until("the holder is e-mailed (" + count + ")", () -> reminderMails(smtp) >= count);
    }

    private long reminderMails(GreenMail smtp) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(trainee.email())
                                && m.getSubject().startsWith("Your Attune certificate expires on");
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .count();
    }

    @Test
    void renewalNeedsTheRefresherAndRecentPracticeAndMakesANewLinkedCertificate() throws Exception {
        Certificate old = issued();
        assertTrue(renewal.renewable(trainee).isEmpty(), "not yet in the renewal window");
        execute(
                "UPDATE certificate SET expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(30))),
                old.getId());
        assertTrue(renewal.renewable(trainee).isPresent());
        Eligibility before = renewal.eligibility(trainee);
        assertFalse(before.ready());
        assertFalse(before.checks().get(0).done(), "refresher not read");
        assertTrue(before.checks().get(2).done(), "the practicum sessions were logged within 12 months");
        assertThrows(Failure.Conflict.class, () -> renewal.renew(trainee));
        record.passRefresher(trainee.id());
        assertTrue(
                renewal.eligibility(trainee).ready(),
                renewal.eligibility(trainee).toString());
        Certificate renewed = renewal.renew(trainee);
        assertNotEquals(old.getNumber(), renewed.getNumber());
        assertEquals(old.getId(), renewed.getSupersedesId());
        assertTrue(renewed.getExpiresAt().isAfter(old.getExpiresAt()));
        assertNotEquals(credentialOf(old), credentialOf(renewed));
        assertThrows(Failure.Conflict.class, () -> renewal.renew(trainee), "the new one is not due");
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
}
