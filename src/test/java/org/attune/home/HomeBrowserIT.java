package org.attune.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attune.certification.CertificateNumber;
import org.attune.testing.BrowserTestBase;
import org.attune.testing.Certifiable;
import org.attune.testing.Deployments;
import org.attune.testing.TestDatabase;
import org.attune.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The home page's to-do list for every role in Chromium, on demo-like data in two training organisations and two
 * employers: each role's counts and links, an empty state that says there is nothing to do, and nothing of another
 * organisation's counted; the confirmation step before deactivating a person and revoking an API token; and the
 * "next module" link after a passed quiz. axe-core checks every page, the home page also on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private Certifiable record;
    private final List<Long> employers = new ArrayList<>();

    @BeforeEach
    void createData() {
        data = new TestPeople(TestDatabase.dataSource());
        record = new Certifiable(TestDatabase.dataSource());
    }

    @AfterEach
    void removeData() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                Statement s = c.createStatement()) {
            String orgs = "SELECT id FROM organisation WHERE name LIKE '% " + data.tag() + "'";
            s.executeUpdate("DELETE FROM accreditation_application WHERE organisation_id IN (" + orgs + ")");
            s.executeUpdate("DELETE FROM roster_entry WHERE employer_id IN (" + orgs + ")");
            s.executeUpdate("DELETE FROM api_token WHERE employer_id IN (" + orgs + ")");
        }
        data.close();
    }

    private String text(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    private boolean present(String id) {
        return !driver().findElements(By.id(id)).isEmpty();
    }

    private String href(String id) {
        return driver().findElement(By.id(id)).getAttribute("href");
    }

    private long single(String sql, Object... parameters) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getLong(1);
            }
        }
    }

    private long syllabus() throws Exception {
        return single("SELECT id FROM syllabus_version WHERE course_code = 'ATT-IC'"
                + " ORDER BY imported_at DESC, id DESC LIMIT 1");
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    /** A practicum session logged now, with no observation. */
    private void session(long trainee, int number) throws Exception {
        data.insertRow(
                "INSERT INTO practicum_session (person_id, session_date, setting, session_number, families,"
                        + " reflection, parent_feedback, logged_at, version) VALUES (?, ?, 'FAMILY_HUB', ?, 3, ?, ?, ?, 1)",
                trainee,
                Date.valueOf(LocalDate.now().minusDays(3)),
                number,
                "Babies in quiet alert; I named a yawn as a wish for a pause.",
                "Parents felt confident.",
                at(Instant.now()));
    }

    private void signOffAwaitingModeration(long trainee, long organisation, long signer) throws Exception {
        data.insertRow(
                "INSERT INTO sign_off (trainee_id, organisation_id, signed_by, signed_at, state, sampled,"
                        + " active_trainee_id, version) VALUES (?, ?, ?, ?, 'AWAITING_MODERATION', TRUE, ?, 1)",
                trainee,
                organisation,
                signer,
                at(Instant.now()),
                trainee);
    }

    private void invitation(long cohort, long lead, Instant expires, Instant withdrawn) throws Exception {
        data.insertRow(
                "INSERT INTO invitation (cohort_id, code, created_by, created_at, expires_at, withdrawn_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                cohort,
                "home-" + data.tag() + "-" + System.nanoTime(),
                lead,
                at(Instant.now()),
                at(expires),
                withdrawn == null ? null : at(withdrawn));
    }

    /** A certificate as issued, expiring in this many days, with a stored status (ACTIVE, SUSPENDED, REVOKED). */
    private String certificate(long holder, long organisation, long signer, int expiresInDays, String status)
            throws Exception {
        String number = CertificateNumber.random(new SecureRandom()).value();
        data.insertRow(
                "INSERT INTO certificate (cert_number, person_id, holder_name, organisation_id,"
                        + " organisation_name, accreditation_at_issue, signed_off_by, signed_off_by_name, course_code,"
                        + " course_title, syllabus_version_id, syllabus_label, syllabus_hash, competences, issued_at,"
                        + " expires_at, status, issue_key, version) VALUES (?, ?, ?, ?, 'Home Training', 'ACCREDITED', ?,"
                        + " 'Trainer', 'ATT-IC', 'Course', ?, '2026.1', 'hash', 'Reading cues', ?, ?, ?, ?, 1)",
                number,
                holder,
                "Holder " + number,
                organisation,
                signer,
                syllabus(),
                at(Instant.now().minus(Duration.ofDays(300))),
                at(Instant.now().plus(Duration.ofDays(expiresInDays))),
                status,
                "home-test:" + data.tag() + ":" + number);
        return number;
    }

    private void onRoster(long employer, long manager, String number) throws Exception {
        data.insertRow(
                "INSERT INTO roster_entry (employer_id, certificate_number, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?)",
                employer,
                number,
                manager,
                at(Instant.now()));
    }

    @Test
    void trainerAndLeadSeeTheirOwnOrganisationsCountsWithLinksAndNothingOfAnothers() throws Exception {
        long own = data.organisation("TRAINING", "Home Own Training");
        long other = data.organisation("TRAINING", "Home Other Training");
        // a trainer who is also the lead trainer: both sections show
        TestPeople.Person lead = data.person("home-lead", own, "TRAINER", "LEAD_TRAINER");
        TestPeople.Person colleague = data.person("home-colleague", own, "TRAINER");
        TestPeople.Person busy = data.person("home-busy", own, "TRAINEE");
        TestPeople.Person quiet = data.person("home-quiet", own, "TRAINEE");
        TestPeople.Person sampled = data.person("home-sampled", own, "TRAINEE");
        long cohort = data.cohort(own, "Home cohort", busy.id(), quiet.id(), sampled.id());
        record.completeCourse(busy.id());
        session(busy.id(), 1);
        session(busy.id(), 2); // two sessions to observe; busy is active, quiet has done nothing yet
        signOffAwaitingModeration(sampled.id(), own, colleague.id()); // the lead moderates a colleague's sign-off
        session(sampled.id(), 1); // signed off: no observation is waited for
        invitation(cohort, lead.id(), Instant.now().plus(Duration.ofDays(10)), null);
        invitation(cohort, lead.id(), Instant.now().plus(Duration.ofDays(10)), Instant.now()); // withdrawn
        invitation(cohort, lead.id(), Instant.now().minus(Duration.ofDays(1)), null); // expired
        certificate(busy.id(), own, lead.id(), 30, "ACTIVE"); // expires soon
        certificate(quiet.id(), own, lead.id(), 500, "ACTIVE");

        // another organisation with work of its own, none of which reaches the first
        TestPeople.Person otherTrainer = data.person("home-other-trainer", other, "TRAINER", "LEAD_TRAINER");
        TestPeople.Person otherColleague = data.person("home-other-colleague", other, "TRAINER");
        TestPeople.Person otherTrainee = data.person("home-other-trainee", other, "TRAINEE");
        TestPeople.Person otherSampled = data.person("home-other-sampled", other, "TRAINEE");
        long otherCohort = data.cohort(other, "Home other cohort", otherTrainee.id(), otherSampled.id());
        session(otherTrainee.id(), 1);
        signOffAwaitingModeration(otherSampled.id(), other, otherColleague.id());
        invitation(otherCohort, otherTrainer.id(), Instant.now().plus(Duration.ofDays(10)), null);
        invitation(otherCohort, otherTrainer.id(), Instant.now().plus(Duration.ofDays(10)), null);
        certificate(otherTrainee.id(), other, otherTrainer.id(), 20, "ACTIVE");
        certificate(otherSampled.id(), other, otherTrainer.id(), 40, "ACTIVE");
        record.accredit(
                other,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(700)));

        signIn(lead.email(), TestPeople.PASSWORD);
        open("account/home");
        assertEquals("2 practicum sessions to observe (no observation written yet)", text("todoObservations"));
        assertTrue(href("todoObservations").endsWith("/trainer/dashboard"), href("todoObservations"));
        assertEquals("1 sign-off waiting for your moderation", text("todoModeration"));
        assertTrue(href("todoModeration").endsWith("/trainer/moderation"), href("todoModeration"));
        assertEquals("1 trainee needs attention", text("todoAttention"), "the quiet trainee");
        assertTrue(href("todoAttention").endsWith("/trainer/dashboard#attention"), href("todoAttention"));
        assertTrue(text("todoApply").startsWith("Apply for your organisation's accreditation"));
        assertTrue(href("todoApply").endsWith("/lead/accreditation"));
        assertEquals("1 certificate of your organisation expires within 90 days", text("todoExpiring"));
        assertTrue(href("todoExpiring").endsWith("/lead/certificates"));
        assertEquals("1 open invitation to your cohorts", text("todoInvitations"));
        assertTrue(href("todoInvitations").endsWith("/trainer/cohorts"));
        assertFalse(present("todoTrainerNone") || present("todoLeadNone"), "no empty state beside work to do");
        assertFalse(
                present("todo-trainee") || present("todo-manager") || present("todo-admin"),
                "only the person's own roles have a section");
        assertAccessible();
        usePhone();
        open("account/home");
        assertAccessible(); // no sideways scroll at 375 px
        browser.resize(1366, 900);
        follow(By.id("todoModeration"));
        assertTrue(
                driver().findElement(By.tagName("main")).getText().contains("Test home-sampled"),
                "the link leads to the sign-off waiting");
        assertAccessible();
        signOut();

        signIn(otherTrainer.email(), TestPeople.PASSWORD);
        open("account/home");
        assertEquals("1 practicum session to observe (no observation written yet)", text("todoObservations"));
        assertEquals("1 sign-off waiting for your moderation", text("todoModeration"));
        assertFalse(present("todoAttention"), "the other organisation's trainee has logged a session: active");
        assertFalse(present("todoApply"), "accredited for two years");
        assertEquals("2 certificates of your organisation expire within 90 days", text("todoExpiring"));
        assertEquals("2 open invitations to your cohorts", text("todoInvitations"));
        assertAccessible();
    }

    @Test
    void eachRoleWithNothingToDoIsToldSoWithALinkOnwards() throws Exception {
        long quietOrg = data.organisation("TRAINING", "Home Quiet Training");
        record.accredit(
                quietOrg,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(700)));
        TestPeople.Person lead = data.person("home-quiet-lead", quietOrg, "TRAINER", "LEAD_TRAINER");
        TestPeople.Person trainer = data.person("home-done-trainer", quietOrg, "TRAINER");
        TestPeople.Person done = data.person("home-done", quietOrg, "TRAINEE");
        record.completeCourse(done.id());
        record.completePractice(done.id(), trainer.id());
        record.signOff(done.id(), quietOrg, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        long employer = data.organisation("EMPLOYER", "Home Calm Employer");
        TestPeople.Person manager = data.person("home-calm-manager", employer, "MANAGER");
        onRoster(employer, manager.id(), certificate(done.id(), quietOrg, trainer.id(), 600, "ACTIVE"));
        TestPeople.Person admin = data.person("home-calm-admin", null, "ADMINISTRATOR");

        signIn(lead.email(), TestPeople.PASSWORD);
        open("account/home");
        assertTrue(text("todoTrainerNone").startsWith("Nothing to do as a trainer right now"));
        assertTrue(text("todoLeadNone").startsWith("Nothing to do as a lead trainer right now"));
        assertTrue(
                driver().findElement(By.cssSelector("#todo-trainer a"))
                        .getAttribute("href")
                        .endsWith("/trainer/dashboard"),
                "no dead end");
        assertAccessible();
        signOut();

        signIn(done.email(), TestPeople.PASSWORD);
        open("account/home");
        assertTrue(text("todoTraineeNone").startsWith("Nothing to do as a trainee right now"), text("todo-trainee"));
        assertTrue(driver().findElement(By.cssSelector("#todo-trainee a"))
                .getAttribute("href")
                .endsWith("/trainee/dashboard"));
        assertAccessible();
        signOut();

        signIn(manager.email(), TestPeople.PASSWORD);
        open("account/home");
        assertTrue(text("todoManagerNone").startsWith("Nothing to do as a manager"));
        assertTrue(driver().findElement(By.cssSelector("#todo-manager a"))
                .getAttribute("href")
                .endsWith("/manager/facilitators"));
        assertAccessible();
        signOut();

        signIn(admin.email(), TestPeople.PASSWORD);
        open("account/home");
        assertTrue(text("todoAdminNone").startsWith("Nothing to do as an administrator right now"), text("todo-admin"));
        assertAccessible();
    }

    @Test
    void managerSeesAlertsOfTheirOwnRosterOnlyAndRevokesATokenOnlyOnceConfirmed() throws Exception {
        long training = data.organisation("TRAINING", "Home Roster Training");
        record.accredit(
                training,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(700)));
        TestPeople.Person trainer = data.person("home-roster-trainer", training, "TRAINER");
        TestPeople.Person holder = data.person("home-roster-holder", training, "TRAINEE");
        long employer = data.organisation("EMPLOYER", "Home Watching Employer");
        long otherEmployer = data.organisation("EMPLOYER", "Home Other Employer");
        TestPeople.Person manager = data.person("home-manager", employer, "MANAGER");
        TestPeople.Person otherManager = data.person("home-other-manager", otherEmployer, "MANAGER");
        onRoster(employer, manager.id(), certificate(holder.id(), training, trainer.id(), 30, "ACTIVE"));
        onRoster(employer, manager.id(), certificate(holder.id(), training, trainer.id(), 400, "SUSPENDED"));
        onRoster(employer, manager.id(), certificate(holder.id(), training, trainer.id(), 400, "ACTIVE"));
        onRoster(otherEmployer, otherManager.id(), certificate(holder.id(), training, trainer.id(), 400, "REVOKED"));
        long token = data.insertRow(
                "INSERT INTO api_token (employer_id, name, token_hash, token_prefix, created_by,"
                        + " created_at) VALUES (?, 'HR system', ?, 'att_home', ?, ?)",
                employer,
                "0".repeat(64),
                manager.id(),
                at(Instant.now()));

        signIn(manager.email(), TestPeople.PASSWORD);
        open("account/home");
        assertEquals(
                "2 facilitators on your roster have a certificate alert (expired, suspended, revoked or" + " expiring)",
                text("todoRosterAlerts"),
                "the other employer's revoked certificate is not counted");
        assertAccessible();
        follow(By.id("todoRosterAlerts"));
        assertEquals(
                3,
                driver().findElements(By.cssSelector("[id='roster:table'] tbody tr"))
                        .size());
        assertAccessible();

        open("manager/tokens");
        submit("list:table:0:revoke");
        assertTrue(
                text("confirmation").contains("Every request made with this token will be refused"),
                text("confirmation"));
        assertTrue(text("confirmation-heading").contains("HR system"));
        assertEquals(
                "confirmation",
                driver().switchTo().activeElement().getAttribute("id"),
                "the focus moves to the question");
        assertAccessible();
        submit("list:cancel");
        assertTrue(driver().findElement(By.tagName("main")).getText().contains("nothing was changed"));
        assertNull(revokedAt(token), "cancelling leaves the token working");
        assertFalse(present("confirmation"));
        submit("list:table:0:revoke");
        submit("list:confirm");
        assertNotNull(revokedAt(token), "confirming revokes it");
        assertTrue(driver().findElement(By.tagName("main")).getText().contains("The token is revoked"));
        assertAccessible();
        signOut();

        signIn(otherManager.email(), TestPeople.PASSWORD);
        open("account/home");
        assertEquals(
                "1 facilitator on your roster has a certificate alert (expired, suspended, revoked or" + " expiring)",
                text("todoRosterAlerts"));
        assertAccessible();
    }

    private String passwordHash(long person) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM person WHERE id = ?")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private Timestamp revokedAt(long token) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT revoked_at FROM api_token WHERE id = ?")) {
            ps.setLong(1, token);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getTimestamp(1);
            }
        }
    }

    @Test
    void administratorSeesWaitingWorkAndDeactivatesAPersonOnlyOnceConfirmed() throws Exception {
        long training = data.organisation("TRAINING", "Home Applying Training");
        TestPeople.Person lead = data.person("home-applying-lead", training, "LEAD_TRAINER");
        TestPeople.Person admin = data.person("home-admin", null, "ADMINISTRATOR");
        data.insertRow(
                "INSERT INTO accreditation_application (organisation_id, submitted_by, submitted_at, state,"
                        + " open_organisation_id, version) VALUES (?, ?, ?, 'SUBMITTED', ?, 1)",
                training,
                lead.id(),
                at(Instant.now()),
                training);
        data.insertRow(
                "INSERT INTO mail_outbox (recipient, subject, body, created_at, state, attempts)"
                        + " VALUES (?, 'Your certificate', 'Hello', ?, 'FAILED', 10)",
                lead.email(),
                at(Instant.now()));
        data.insertRow(
                "INSERT INTO content_import (requested_by, attempted_at, outcome, duration_ms, problems)"
                        + " VALUES (?, ?, 'REJECTED', 12, ?)",
                String.valueOf(admin.id()),
                at(Instant.now().plusSeconds(5)),
                "modules/01.md:3: no title\nquizzes/01.yaml:9: no answer");
        long applications = single("SELECT COUNT(*) FROM accreditation_application WHERE state = 'SUBMITTED'");
        long failed = single("SELECT COUNT(*) FROM mail_outbox WHERE state = 'FAILED'");

        signIn(admin.email(), TestPeople.PASSWORD);
        open("account/home");
        assertEquals(
                applications
                        + (applications == 1
                                ? " accreditation application to review"
                                : " accreditation applications to review"),
                text("todoReviews"));
        assertTrue(href("todoReviews").endsWith("/admin/accreditation"));
        assertEquals(
                failed
                        + (failed == 1
                                ? " e-mail failed for good in the outbox"
                                : " e-mails failed for good in the outbox"),
                text("todoFailedMail"));
        assertTrue(href("todoFailedMail").endsWith("/admin/outbox"));
        assertEquals("2 problems in the last content import", text("todoContent"));
        assertTrue(href("todoContent").endsWith("/admin/content"));
        assertAccessible();
        usePhone();
        assertAccessible();
        browser.resize(1366, 900);

        // deactivating asks first; cancelling changes nothing
        open("admin/person?id=" + lead.id());
        driver().findElement(By.cssSelector("[id='form:active'] .ui-chkbox-box"))
                .click();
        submit("form:save");
        assertTrue(text("confirmation").contains("can no longer sign in"), text("confirmation"));
        assertTrue(text("confirmation-heading").contains("Test home-applying-lead"));
        assertEquals(
                "confirmation",
                driver().switchTo().activeElement().getAttribute("id"),
                "the focus moves to the question");
        assertAccessible();
        submit("form:cancel");
        assertTrue(driver().findElement(By.tagName("main")).getText().contains("nothing was changed"));
        assertEquals(1, single("SELECT active FROM person WHERE id = ?", lead.id()), "still active");
        assertTrue(driver().findElement(By.id("form:active_input")).isSelected(), "the box is ticked again");
        String hash = passwordHash(lead.id());
        driver().findElement(By.cssSelector("[id='form:active'] .ui-chkbox-box"))
                .click();
        driver().findElement(By.id("form:newPassword")).sendKeys("another-long-passphrase-77");
        submit("form:save");
        submit("form:confirm");
        assertEquals(0, single("SELECT active FROM person WHERE id = ?", lead.id()), "deactivated once confirmed");
        assertFalse(hash.equals(passwordHash(lead.id())), "the new password typed before the question is saved too");
        assertAccessible();
    }

    @Test
    void traineeResumesTheirQuizReadsOnAndAfterAPassedQuizIsLedToTheNextModule() throws Exception {
        long training = data.organisation("TRAINING", "Home Learning Training");
        TestPeople.Person starter = data.person("home-starter", training, "TRAINEE");
        long syllabus = syllabus();
        long enrolment = data.insertRow(
                "INSERT INTO enrolment (person_id, course_code, syllabus_version_id,"
                        + " enrolled_at, version) VALUES (?, 'ATT-IC', ?, ?, 1)",
                starter.id(),
                syllabus,
                at(Instant.now()));
        List<String[]> modules = new ArrayList<>(); // key, title, quiz id
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT m.module_key, m.title, q.id FROM course_module m JOIN quiz_definition q"
                                + " ON q.course_module_id = m.id WHERE m.syllabus_version_id = ? AND m.refresher = FALSE"
                                + " ORDER BY m.position")) {
            ps.setLong(1, syllabus);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    modules.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        long open = data.insertRow(
                "INSERT INTO quiz_attempt (enrolment_id, person_id, quiz_definition_id,"
                        + " module_key, attempt_number, started_at, timed_out, version) VALUES (?, ?, ?, ?, 1, ?, FALSE, 1)",
                enrolment,
                starter.id(),
                Long.parseLong(modules.get(1)[2]),
                modules.get(1)[0],
                at(Instant.now()));

        signIn(starter.email(), TestPeople.PASSWORD);
        open("account/home");
        assertEquals("Resume your quiz: " + modules.get(1)[1], text("todoResumeQuiz"));
        assertTrue(href("todoResumeQuiz").endsWith("/trainee/attempt?id=" + open), href("todoResumeQuiz"));
        assertTrue(text("todoNextModule").startsWith("Read next: " + modules.get(0)[1] + ", "), text("todoNextModule"));
        assertTrue(href("todoNextModule").contains("/trainee/module?key=" + modules.get(0)[0] + "#"));
        assertTrue(text("todoPractice").matches("Log practicum session 1 of \\d+"), text("todoPractice"));
        assertTrue(href("todoPractice").endsWith("/trainee/practice"));
        assertFalse(present("todoTraineeNone"));
        assertAccessible();
        usePhone();
        assertAccessible();
        browser.resize(1366, 900);
        follow(By.id("todoNextModule"));
        assertTrue(driver().getCurrentUrl().contains("key=" + modules.get(0)[0]));
        assertAccessible();
        signOut();

        // a trainee who has passed every quiz: after the first, the next module; after the last, the practicum
        TestPeople.Person passer = data.person("home-passer", training, "TRAINEE");
        record.completeCourse(passer.id());
        List<Long> attempts = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT a.id FROM quiz_attempt a JOIN quiz_definition q ON q.id = a.quiz_definition_id"
                                + " JOIN course_module m ON m.id = q.course_module_id WHERE a.person_id = ? ORDER BY m.position")) {
            ps.setLong(1, passer.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    attempts.add(rs.getLong(1));
                }
            }
        }
        assertEquals(modules.size(), attempts.size());
        signIn(passer.email(), TestPeople.PASSWORD);
        open("trainee/attempt-result?id=" + attempts.get(0));
        assertEquals("Next module: " + modules.get(1)[1], text("nextModule"));
        assertTrue(href("nextModule").endsWith("/trainee/module?key=" + modules.get(1)[0]), href("nextModule"));
        assertFalse(present("toPractice"));
        assertAccessible();
        follow(By.id("nextModule"));
        assertTrue(driver().getCurrentUrl().endsWith("key=" + modules.get(1)[0]));
        assertAccessible();
        open("trainee/attempt-result?id=" + attempts.get(attempts.size() - 1));
        assertFalse(present("nextModule"), "nothing follows the last module");
        assertTrue(href("toPractice").endsWith("/trainee/practice"));
        assertAccessible();
        WebElement practice = driver().findElement(By.id("toPractice"));
        assertTrue(practice.getText().contains("practicum"), practice.getText());
    }
}
