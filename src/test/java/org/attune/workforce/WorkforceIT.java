package org.attune.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.certification.Certificate;
import org.attune.certification.CertificationService;
import org.attune.platform.Failure;
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
 * The manager's workspace in the real database: the roster's checks and alerts, scope to the manager's own employer,
 * bulk verification row by row (5,000 rows), and API tokens.
 */
@ExtendWith(ArquillianExtension.class)
class WorkforceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(TestPeople.class, TestPeople.Person.class);
    }

    @Inject
    private WorkforceService workforce;

    @Inject
    private BulkVerification bulk;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private RosterDigest digest;

    @Inject
    private CertificationService certification;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    private TestPeople data;
    private Person manager;
    private Person otherManager;
    private Person trainer;
    private Certificate active;
    private Certificate expiring;
    private Certificate revoked;
    private long training;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(dataSource);
        training = data.organisation("TRAINING", "Workforce Training");
        long employer = data.organisation("EMPLOYER", "Workforce Hub");
        long otherEmployer = data.organisation("EMPLOYER", "Other Hub");
        manager = load(data.person("hub-manager", employer, "MANAGER"));
        otherManager = load(data.person("other-manager", otherEmployer, "MANAGER"));
        trainer = load(data.person("wf-trainer", training, "TRAINER"));
        Instant now = Instant.now();
        active = certificate(
                "wf-active", "Jude Alex Evans", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(900)));
        expiring = certificate(
                "wf-expiring", "Nia Roberts", now.minus(Duration.ofDays(1000)), now.plus(Duration.ofDays(40)));
        revoked =
                certificate("wf-revoked", "Mona Said", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(900)));
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(
                        "UPDATE certificate SET status = 'REVOKED', status_reason = 'test' WHERE id = ?")) {
            s.setLong(1, revoked.getId());
            s.executeUpdate();
        }
    }

    private Certificate certificate(String label, String name, Instant issued, Instant expires) throws Exception {
        Person holder = load(data.person(label, training, "TRAINEE"));
        return certification.record(
                new Certificate.Facts(
                        holder.id(),
                        name,
                        training,
                        "Workforce Training",
                        "ACCREDITED",
                        trainer.id(),
                        trainer.displayName(),
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

    private Person load(TestPeople.Person person) {
        return people.find(person.id()).orElseThrow();
    }

    @AfterEach
    void removePeople() throws Exception {
        try (var c = dataSource.getConnection();
                var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM roster_entry WHERE employer_id IN (SELECT id FROM organisation WHERE name LIKE"
                    + " '% " + data.tag() + "')");
            s.executeUpdate("DELETE FROM api_token WHERE employer_id IN (SELECT id FROM organisation WHERE name LIKE"
                    + " '% " + data.tag() + "')");
        }
        data.close();
    }

    @Test
    void theWeeklyDigestMailsEachManagerTheirOwnRostersAlertsOnceAWeekUnlessTheyTurnItOff() throws Exception {
        workforce.add(manager, active.getNumber().value(), "Jude Evans");
        workforce.add(manager, expiring.getNumber().value(), "Nia Roberts");
        workforce.add(manager, revoked.getNumber().value(), "Mona Said");
        workforce.add(otherManager, active.getNumber().value(), "Jude Evans"); // nothing needs attention there
        assertTrue(workforce.wantsDigest(manager), "on by default");
        startOfWeek();
        assertTrue(digest.sendIfDue() >= 1);
        List<TestPeople.Mail> mails = data.mails(manager.email());
        assertEquals(1, mails.size());
        assertEquals(
                "Weekly digest: 2 facilitators need your attention",
                mails.get(0).subject());
        String body = mails.get(0).body();
        assertTrue(body.contains("Nia Roberts (" + expiring.getNumber().value() + "): Expires within 90 days"), body);
        assertTrue(body.contains("Mona Said (" + revoked.getNumber().value() + "): Revoked"), body);
        assertFalse(body.contains("Jude Alex Evans"), "a facilitator without an alert is not listed: " + body);
        assertTrue(body.contains("you manage the facilitators of Workforce Hub"), "the footer says why: " + body);
        assertTrue(body.contains("/manager/facilitators"), "the footer says where to turn it off: " + body);
        assertEquals(List.of(), data.mails(otherManager.email()), "another employer's alerts are not theirs");

        assertEquals(0, digest.sendIfDue(), "a second run in the same week (on any node) sends nothing");
        assertEquals(1, data.mails(manager.email()).size());

        workforce.chooseDigest(manager, false);
        assertFalse(workforce.wantsDigest(manager), "the choice is kept");
        startOfWeek();
        digest.sendIfDue();
        assertEquals(1, data.mails(manager.email()).size(), "no digest once turned off");
        workforce.chooseDigest(manager, true);
    }

    /** Lets the weekly lease be taken again, as a week later. */
    private void startOfWeek() throws Exception {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("UPDATE cluster_lease SET run_after = NULL WHERE name = 'roster-digest'")) {
            s.executeUpdate();
        }
    }

    @Test
    void rosterChecksTheNumberAndTheNameAndFlagsWhatNeedsAttention() {
        Failure.Invalid wrongName = assertThrows(
                Failure.Invalid.class,
                () -> workforce.add(manager, active.getNumber().value(), "Jude Evens"));
        assertEquals(Set.of("name"), wrongName.problems().keySet());
        String n = active.getNumber().value();
        String typo = n.substring(0, n.length() - 1) + (n.endsWith("A") ? "B" : "A");
        assertEquals(
                Set.of("number"),
                assertThrows(Failure.Invalid.class, () -> workforce.add(manager, typo, "Jude Evans"))
                        .problems()
                        .keySet());
        workforce.add(manager, n.toLowerCase(), "jude evans");
        workforce.add(manager, expiring.getNumber().value(), "Nia Roberts");
        workforce.add(manager, revoked.getNumber().value(), "Mona Said");
        assertThrows(Failure.Invalid.class, () -> workforce.add(manager, n, "Jude Evans"), "already on the roster");
        List<RosterRow> roster = workforce.roster(manager);
        assertEquals(3, roster.size());
        assertEquals(
                "Revoked",
                roster.stream()
                        .filter(r -> r.holder().equals("Mona Said"))
                        .findFirst()
                        .orElseThrow()
                        .alert()
                        .render());
        assertEquals(
                "Expires within 90 days",
                roster.stream()
                        .filter(r -> r.holder().equals("Nia Roberts"))
                        .findFirst()
                        .orElseThrow()
                        .alert()
                        .render());
        assertEquals(
                null,
                roster.stream()
                        .filter(r -> r.holder().equals("Jude Alex Evans"))
                        .findFirst()
                        .orElseThrow()
                        .alert());
        assertEquals(2, WorkforceService.counts(roster).get("active"));
        assertEquals(1, WorkforceService.counts(roster).get("revoked"));
        assertEquals(
                1,
                workforce.expiriesByMonth(roster).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                "only the active certificate expiring within twelve months is in the chart");
        assertTrue(WorkforceService.csv(roster).lines().count() == 4);
    }

    @Test
    void managersSeeAndChangeOnlyTheirOwnEmployersRosterAndTokens() {
        workforce.add(manager, active.getNumber().value(), "Jude Evans");
        assertTrue(workforce.roster(otherManager).isEmpty());
        long entry = workforce.roster(manager).get(0).entryId();
        assertThrows(SecurityException.class, () -> workforce.remove(otherManager, entry));
        assertEquals(1, workforce.roster(manager).size());
        tokens.create(manager, "HR system");
        assertEquals(1, tokens.tokens(manager).size());
        assertTrue(tokens.tokens(otherManager).isEmpty());
        long token = tokens.tokens(manager).get(0).getId();
        assertThrows(SecurityException.class, () -> tokens.revoke(otherManager, token));
        assertThrows(SecurityException.class, () -> workforce.roster(trainer), "not a manager");
    }

    @Test
    void tokensAuthenticateTheirEmployerUntilRevokedAndOnlyTheirHashIsStored() throws Exception {
        String token = tokens.create(manager, "HR system");
        assertTrue(token.startsWith("att_") && token.length() > 40);
        long employer = workforce.employerOf(manager).getId();
        assertEquals(employer, tokens.authenticate(token).orElseThrow());
        assertTrue(tokens.authenticate(token + "x").isEmpty());
        assertTrue(tokens.authenticate("Bearer nonsense").isEmpty());
        assertEquals(0, data.count("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", token));
        tokens.revoke(manager, tokens.tokens(manager).get(0).getId());
        assertTrue(tokens.authenticate(token).isEmpty());
    }

    @Test
    void bulkVerificationGivesOneResultPerRowInOrderForFiveThousandRows() {
        StringBuilder csv = new StringBuilder("certificate number,name\n");
        csv.append(active.getNumber()).append(",Jude Evans\n");
        csv.append(revoked.getNumber()).append(",Somebody Else\n");
        csv.append("ATT-0000-0000-0000-0\n");
        csv.append("not a number\n");
        String n = expiring.getNumber().value();
        csv.append(n, 0, n.length() - 1).append(n.endsWith("A") ? "B" : "A").append('\n');
        for (int i = 5; i < 5000; i++) {
            csv.append(i % 2 == 0 ? active.getNumber() : expiring.getNumber()).append('\n');
        }
        List<VerificationRow> rows = bulk.verify(csv.toString());
        assertEquals(5000, rows.size());
        assertEquals("active", rows.get(0).status());
        assertEquals(2, rows.get(0).row(), "rows are numbered as in the file, header included");
        assertEquals("name mismatch", rows.get(1).error());
        assertEquals("not found", rows.get(2).error());
        assertEquals("badly formed", rows.get(3).error());
        assertEquals("mistyped", rows.get(4).error());
        assertEquals("active", rows.get(4999).status());
        assertEquals(5001, BulkVerification.report(rows).lines().count());
        assertThrows(BulkVerification.UnreadableCsvException.class, () -> bulk.verify(""));
        assertThrows(BulkVerification.UnreadableCsvException.class, () -> bulk.verify("\"unterminated\n"));
    }
}
