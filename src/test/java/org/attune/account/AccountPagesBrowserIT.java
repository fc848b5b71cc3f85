package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.testing.BrowserTestBase;
import org.attune.testing.Deployments;
import org.attune.testing.TestDatabase;
import org.attune.testing.TestPeople;
import org.attune.testing.WebClient;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and the administrators' pages in a real browser, with an accessibility check on each page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountPagesBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private TestPeople.Person admin;
    private TestPeople.Person trainee;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        long organisation = data.organisation("TRAINING", "Browser Training");
        admin = data.person("browser-admin", null, "ADMINISTRATOR");
        trainee = data.person("browser-trainee", organisation, "TRAINEE");
    }

    @AfterEach
    void removePeople() throws Exception {
        try (var c = TestDatabase.dataSource().getConnection();
                var s = c.prepareStatement("DELETE FROM organisation WHERE name = ?")) {
            s.setString(1, "Hillside Baby Group " + data.tag());
            s.executeUpdate();
        }
        try (var c = TestDatabase.dataSource().getConnection();
                var s = c.prepareStatement("DELETE FROM audit_event WHERE action = ?")) {
            s.setString(1, pagingAction());
            s.executeUpdate();
        }
        data.close();
    }

    @Test
    void personChangesTheirNamePasswordAndEmailAddressOnTheirAccountPage() throws Exception {
        WebClient otherDevice = new WebClient(baseUrl);
        assertEquals(
                302, otherDevice.signIn(trainee.email(), TestPeople.PASSWORD).statusCode());
        assertEquals(200, otherDevice.get("/account/home").statusCode());

        signIn(trainee.email(), TestPeople.PASSWORD);
        open("account/home");
        follow(By.id("accountSettings"));
        assertAccessible();
        driver().findElement(By.id("profile:name")).clear();
        driver().findElement(By.id("profile:name")).sendKeys("Renamed Trainee");
        submit(By.id("profile:save"));
        assertShows("Your name is saved.");
        assertTrue(
                driver().findElement(By.id("signOutForm")).getText().contains("Renamed Trainee"),
                "the new name shows in the header");

        String newPassword = "cedar-and-lantern-light";
        typePasswords("not-my-password", newPassword);
        assertTrue(
                fieldOf("form:current").getText().contains("This is not your current password."),
                "the wrong current password is explained next to its field");
        assertAccessible();
        assertEquals(200, otherDevice.get("/account/home").statusCode(), "nothing changed yet");
        typePasswords(TestPeople.PASSWORD, newPassword);
        assertShows("Your new password is set.");
        assertEquals(302, otherDevice.get("/account/home").statusCode(), "the other session ended");
        open("account/settings");
        assertTrue(driver().getCurrentUrl().endsWith("/account/settings"), "this session stays signed in");
        assertEquals(
                302, new WebClient(baseUrl).signIn(trainee.email(), newPassword).statusCode());

        String newEmail = "moved-" + data.tag() + "@example.org";
        driver().findElement(By.id("address:email")).sendKeys(newEmail);
        submit(By.id("address:send"));
        assertShows("We have sent a confirmation link to " + newEmail);
        assertEquals(
                trainee.email(),
                driver().findElement(By.id("currentEmail")).getText(),
                "the address changes only when the link is used");
        assertTrue(
                data.mails(trainee.email()).stream()
                        .anyMatch(m -> m.subject().equals("A change of your Attune e-mail address was asked for")),
                "the old address is told");
        List<TestPeople.Mail> toNew = data.mails(newEmail);
        assertEquals(1, toNew.size());
        Matcher link = Pattern.compile("/account/confirm-email\\?token=([A-Za-z0-9_-]+)")
                .matcher(toNew.get(0).body());
        assertTrue(link.find(), toNew.get(0).body());
        open("account/confirm-email?token=" + link.group(1));
        assertAccessible();
        submit(By.id("confirm:confirm"));
        assertShows("Your e-mail address is changed.");
        assertEquals(newEmail, driver().findElement(By.id("currentEmail")).getText());
        assertTrue(
                data.mails(trainee.email()).stream()
                        .anyMatch(m -> m.subject().equals("Your Attune e-mail address has been changed")),
                "the old address is told of the change");
        open("account/confirm-email?token=" + link.group(1));
        assertTrue(driver().findElement(By.id("invalid")).getText().contains("does not work"), "a link works once");
        assertEquals(302, new WebClient(baseUrl).signIn(newEmail, newPassword).statusCode());
        usePhone();
        open("account/settings");
        assertAccessible(); // no sideways scroll on a phone
    }

    private void typePasswords(String current, String newPassword) {
        driver().findElement(By.id("form:current")).sendKeys(current);
        driver().findElement(By.id("form:password")).sendKeys(newPassword);
        driver().findElement(By.id("form:confirmation")).sendKeys(newPassword);
        submit(By.id("form:save"));
    }

    private WebElement fieldOf(String inputId) {
        return driver().findElements(By.cssSelector(".field")).stream()
                .filter(f -> !f.findElements(By.id(inputId)).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void signInPageIsAccessibleAndAWrongPasswordIsExplained() {
        open("login");
        assertAccessible();
        signIn(trainee.email(), "this-is-not-it");
        assertTrue(driver().findElement(By.id("globalMessages"))
                .getText()
                .contains("e-mail address or password is not right"));
        assertAccessible();
        submit("login:submit");
        assertTrue(
                driver().findElements(By.cssSelector(".field .ui-message-error")).stream()
                        .anyMatch(m -> m.getText().contains("Enter your password.")),
                "the missing password is explained next to its field");
        assertAccessible();
    }

    @Test
    void traineeSignsInToTheirDashboardAndIsRefusedTheAdminPages() {
        signIn(trainee.email(), TestPeople.PASSWORD);
        assertTrue(driver().getCurrentUrl().endsWith("/trainee/dashboard"), driver().getCurrentUrl());
        assertTrue(driver().findElement(By.id("signOutForm")).getText().contains("Test browser-trainee"));
        assertAccessible();
        open("admin/people");
        assertTrue(driver().findElement(By.tagName("h1")).getText().contains("not allowed"));
        assertAccessible();
    }

    @Test
    void administratorAddsAnOrganisationWithValidationAndFindsItInTheAuditLog() {
        open("admin/organisations");
        assertTrue(driver().getCurrentUrl().contains("/login"), "anonymous visitors go to the sign-in page");
        driver().findElement(By.id("login:email")).sendKeys(admin.email());
        driver().findElement(By.id("login:password")).sendKeys(TestPeople.PASSWORD);
        driver().findElement(By.id("login:submit")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.urlContains("/admin/organisations"));
        assertAccessible();

        follow(By.linkText("Add an organisation"));
        submit("form:save");
        assertEquals(
                "Enter the organisation's name.",
                driver().findElement(By.cssSelector(".field .ui-message-error"))
                        .getText()
                        .strip());
        driver().findElement(By.id("form:website")).sendKeys("not a web address");
        driver().findElement(By.id("form:name")).sendKeys("Hillside Baby Group " + data.tag());
        driver().findElement(By.id("form:save")).click();
        assertShows("Enter an address starting with https://");
        assertAccessible();
        driver().findElement(By.id("form:website")).clear();
        driver().findElement(By.id("form:save")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.urlContains("/admin/organisations"));
        assertTrue(driver().getPageSource().contains("Hillside Baby Group " + data.tag()));
        assertTrue(driver().findElement(By.id("globalMessages")).getText().contains("Saved"));

        open("admin/audit?action=ORGANISATION_CREATED");
        assertTrue(driver().getPageSource().contains("Hillside Baby Group " + data.tag()));
        assertAccessible();

        open("admin/outbox");
        assertAccessible();
        open("admin/people?q=" + trainee.email());
        assertAccessible();
        follow(By.linkText("Test browser-trainee"));
        assertEquals(trainee.email(), driver().findElement(By.id("form:email")).getAttribute("value"));
        assertAccessible();

        driver().findElement(By.id("signOutForm:signOut")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login"));
        assertTrue(driver().getPageSource().contains("You have signed out."));
    }

    @Test
    void aMailThatCouldNotBeSentShowsItsErrorButNotItsContentAndTheAdministratorTriesItAgain() throws Exception {
        String recipient = "failed-" + data.tag() + "@example.org"; // removed with the test's people
        long id;
        try (var c = TestDatabase.dataSource().getConnection();
                var s = c.prepareStatement(
                        "INSERT INTO mail_outbox"
                                + " (recipient, subject, body, created_at, state, attempts, last_error) VALUES (?, 'Your invitation',"
                                + " 'secret link 12345', NOW(6), 'FAILED', 10, 'MessagingException: Connection refused')",
                        Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, recipient);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        signIn(admin.email(), TestPeople.PASSWORD);
        open("admin/outbox");
        String shown = driver().findElement(By.id("mail-" + id)).getText();
        assertTrue(
                shown.contains("Not sent: every attempt failed")
                        && shown.contains(recipient)
                        && shown.contains("Connection refused"),
                shown);
        assertTrue(!driver().getPageSource().contains("secret link 12345"), "an undelivered mail's content is shown");
        assertAccessible();

        submit(By.cssSelector("#mail-" + id + " input[type=submit]"));
        assertTrue(driver().findElement(By.id("globalMessages")).getText().contains("will be sent again"));
        assertTrue(
                driver().findElements(By.cssSelector("#mail-" + id + " input[type=submit]"))
                        .isEmpty(),
                "still offered to try again");
        assertEquals(
                0,
                data.count("SELECT COUNT(*) FROM mail_outbox WHERE id = ? AND (state = 'FAILED' OR attempts > 1)", id),
                "the message did not get a fresh set of attempts");
        assertAccessible();
    }

    @Test
    void passwordResetPagesAreAccessible() {
        open("password-reset");
        assertAccessible();
        driver().findElement(By.id("form:email")).sendKeys("nobody-" + data.tag() + "@example.org");
        submit("form:send");
        assertTrue(driver().findElement(By.id("sent")).getText().contains("If an Attune account uses that address"));
        assertAccessible();
        open("password-choose?token=not-a-real-token");
        assertTrue(driver().findElement(By.id("invalid")).getText().contains("does not work any more"));
        assertAccessible();
    }

    @Test
    void personWithAResetLinkChoosesANewPasswordInTheBrowser() throws Exception {
        String token = "browser-token-" + data.tag();
        try (var c = TestDatabase.dataSource().getConnection();
                var s = c.prepareStatement(
                        "INSERT INTO password_reset_token (person_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, trainee.id());
            s.setString(2, SetPasswordLinks.hash(token));
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.setTimestamp(4, Timestamp.from(Instant.now().plusSeconds(600)));
            s.executeUpdate();
        }
        open("password-choose?token=" + token);
        assertAccessible();
        driver().findElement(By.id("form:password")).sendKeys("short");
        driver().findElement(By.id("form:confirmation")).sendKeys("short");
        submit("form:save");
        assertShows("Use at least 12 characters");
        assertAccessible();
        driver().findElement(By.id("form:password")).sendKeys("harbour-kite-evening");
        driver().findElement(By.id("form:confirmation")).sendKeys("harbour-kite-evening");
        submit("form:save");
        assertShows("Your new password is set");
        signIn(trainee.email(), "harbour-kite-evening");
        assertTrue(driver().getCurrentUrl().endsWith("/trainee/dashboard"), driver().getCurrentUrl());
    }

    /** The action of the events the audit log test writes: its own, so that its searches see only them. */
    private String pagingAction() {
        return "PAGING_TEST_" + data.tag().toUpperCase(Locale.ROOT);
    }

    private void auditEvent(Instant at, String actor, String subject) throws Exception {
        data.insertRow(
                "INSERT INTO audit_event (occurred_at, actor, action, subject, detail) VALUES (?, ?, ?, ?, NULL)",
                Timestamp.from(at),
                actor,
                pagingAction(),
                subject);
    }

    private List<String> column(int index) {
        return driver().findElements(By.cssSelector("#events tbody tr td:nth-child(" + index + ")")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    private String currentPage() {
        return driver().findElement(By.id("currentPage")).getText();
    }

    /**
     * The audit log shows 50 events a page with page links that are plain links (no script), people by their names
     * (linked to their page) and times in UK time; a search by a person's name finds the events they did and those
     * about them, and not others'; a page number that is not one, or beyond the last page, and an over-long search
     * are answered with a message.
     */
    @Test
    void auditLogPagesShowNamesAndUkTimesAndFindEventsByAPersonsName() throws Exception {
        TestPeople.Person alpha = data.person("alpha" + data.tag(), null, "TRAINER");
        TestPeople.Person beta = data.person("beta" + data.tag(), null, "TRAINEE");
        TestPeople.Person gamma = data.person("gamma" + data.tag(), null, "TRAINER");
        Instant newest = Instant.parse("2026-07-01T12:34:00Z");
        for (int i = 0; i < 110; i++) {
            auditEvent(newest.minus(Duration.ofMinutes(i)), String.valueOf(alpha.id()), "person:" + beta.id());
        }
        for (int i = 0; i < 10; i++) {
            auditEvent(newest.minus(Duration.ofDays(1 + i)), String.valueOf(gamma.id()), "cohort:" + i);
        }
        signIn(admin.email(), TestPeople.PASSWORD);
        open("admin/audit?action=" + pagingAction());
        assertEquals("Page 1 of 3", currentPage());
        assertTrue(driver().findElement(By.id("pageSummary")).getText().contains("120 events"));
        assertEquals(50, column(1).size());
        assertEquals("1 Jul 2026, 13:34", column(1).get(0), "UK summer time, not UTC or an ISO timestamp");
        assertEquals(
                "2026-07-01T12:34:00Z",
                driver().findElement(By.cssSelector("#events tbody tr time")).getAttribute("datetime"));
        assertEquals("Test alpha" + data.tag(), column(2).get(0));
        assertEquals("Test beta" + data.tag(), column(4).get(0));
        assertTrue(driver().findElement(By.cssSelector("#events tbody tr td:nth-child(2) a"))
                .getAttribute("href")
                .endsWith("/admin/person?id=" + alpha.id()));
        assertTrue(driver().findElements(By.id("previousPage")).isEmpty(), "a previous page before the first");
        assertAccessible();
        follow(By.id("nextPage"));
        assertEquals("Page 2 of 3", currentPage());
        assertTrue(driver().getCurrentUrl().contains("action=" + pagingAction()), driver().getCurrentUrl());
        assertEquals(50, column(1).size());
        follow(By.id("lastPage"));
        assertEquals("Page 3 of 3", currentPage());
        assertEquals(20, column(1).size());
        assertTrue(driver().findElements(By.id("nextPage")).isEmpty(), "a next page after the last");
        assertEquals(
                Collections.nCopies(10, "Test gamma" + data.tag()), column(2).subList(10, 20));
        assertAccessible();
        follow(By.id("previousPage"));
        assertEquals("Page 2 of 3", currentPage());

        driver().findElement(By.id("text")).sendKeys("GAMMA" + data.tag());
        submit(By.cssSelector("form.filter-form button[type=submit]"));
        assertEquals(
                Collections.nCopies(10, "Test gamma" + data.tag()),
                column(2),
                "a name finds the events that person did, and only those");
        assertEquals("Page 1 of 1", currentPage());
        assertAccessible();
        open("admin/audit?action=" + pagingAction() + "&text=beta" + data.tag() + "&page=3");
        assertEquals("Page 3 of 3", currentPage());
        assertEquals(
                Collections.nCopies(10, "Test beta" + data.tag()),
                column(4),
                "a name finds the events about that person");
        assertTrue(driver().findElement(By.id("pageSummary")).getText().contains("110 events"));
        open("admin/audit?action=" + pagingAction() + "&text=alpha" + data.tag());
        assertTrue(driver().findElement(By.id("pageSummary")).getText().contains("110 events"));
        assertTrue(column(2).stream().allMatch(("Test alpha" + data.tag())::equals), "another's events were found");

        for (String page : List.of("-1", "abc", "99999999999")) {
            open("admin/audit?action=" + pagingAction() + "&page=" + page);
            assertTrue(driver().findElement(By.id("pageProblem")).getText().contains("not one"), page);
            assertEquals("Page 1 of 3", currentPage());
        }
        assertAccessible();
        open("admin/audit?action=" + pagingAction() + "&page=999999");
        assertTrue(driver().findElement(By.id("pageProblem")).getText().contains("not that many pages"));
        assertEquals("Page 3 of 3", currentPage());
        open("admin/audit?action=" + pagingAction() + "&text=" + "x".repeat(400));
        assertTrue(driver().findElement(By.id("text-error")).getText().contains("at most 320"));
        assertEquals("true", driver().findElement(By.id("text")).getAttribute("aria-invalid"));
        assertTrue(driver().findElements(By.id("events")).isEmpty(), "an over-long search was run");
        assertAccessible();
    }
}
