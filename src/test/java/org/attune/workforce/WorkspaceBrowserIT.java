package org.attune.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.platform.Secrets;
import org.attune.testing.BrowserTestBase;
import org.attune.testing.Certifiable;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Accreditation and the manager's workspace in Chromium: a lead trainer applies, an administrator reviews and
 * accredits, the organisation appears in the directory; a manager adds a facilitator (after a wrong name), uploads
 * a CSV for bulk verification and makes an API token. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private long training;
    private TestPeople.Person lead;
    private TestPeople.Person admin;
    private TestPeople.Person manager;
    private TestPeople.Person holder;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        training = data.organisation("TRAINING", "Browser Applying Training");
        long employer = data.organisation("EMPLOYER", "Browser Hub");
        lead = data.person("browser-lead", training, "LEAD_TRAINER");
        admin = data.person("browser-admin", null, "ADMINISTRATOR");
        manager = data.person("browser-manager", employer, "MANAGER");
        holder = data.person("browser-facilitator", training, "TRAINEE");
    }

    @AfterEach
    void removePeople() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                Statement s = c.createStatement()) {
            String orgs = "SELECT id FROM organisation WHERE name LIKE '% " + data.tag() + "'";
            String apps = "SELECT id FROM accreditation_application WHERE organisation_id IN (" + orgs + ")";
            String files = "SELECT id FROM application_evidence WHERE application_id IN (" + apps + ")";
            s.executeUpdate(
                    "DELETE FROM application_evidence_content WHERE application_evidence_id IN (" + files + ")");
            s.executeUpdate("DELETE FROM application_evidence WHERE application_id IN (" + apps + ")");
            s.executeUpdate("DELETE FROM application_criterion WHERE application_id IN (" + apps + ")");
            s.executeUpdate("DELETE FROM accreditation_application WHERE organisation_id IN (" + orgs + ")");
            s.executeUpdate("DELETE FROM roster_entry WHERE employer_id IN (" + orgs + ")");
            s.executeUpdate("DELETE FROM api_token WHERE employer_id IN (" + orgs + ")");
        }
        data.close();
    }

    private String text() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private WebElement byId(String id) {
        return driver().findElement(By.id(id));
    }

    /**
     * The lead applies with a statement for each of the nine criteria and, when given, an evidence file for
     * criterion 1, then signs out.
     */
    private void leadApplies(boolean checkForm, Path evidence) {
        signIn(lead.email(), TestPeople.PASSWORD);
        open("lead/accreditation");
        if (checkForm) {
            assertAccessible();
            submit("apply:submit");
            assertTrue(driver().findElements(By.cssSelector(".field-error")).size() >= 9, text());
        }
        for (int i = 0; i < 9; i++) {
            byId("apply:c:" + i + ":statement")
                    .sendKeys("Criterion " + (i + 1)
                            + ": most of our contact time is on babies' cues, states and parents' responses.");
        }
        if (evidence != null) {
            byId("apply:c:0:file").sendKeys(evidence.toString());
        }
        submit("apply:submit");
        assertTrue(byId("waiting").getText().contains("waiting"), text());
        if (checkForm) {
            assertAccessible();
        }
        signOut();
    }

    @Test
    void recordingTheDecisionAlsoSavesMetChoicesAndCommentsNotSavedBefore() throws Exception {
        leadApplies(false, null);
        signIn(admin.email(), TestPeople.PASSWORD);
        open("admin/accreditation");
        follow(By.linkText("Browser Applying Training " + data.tag()));
        for (int i = 0; i < 9; i++) {
            byId("review:c:" + i + ":met:0").click();
        }
        byId("review:c:2:comment").sendKeys("Practicum handbook read: five families, supervised.");
        // no "Save review": straight to the decision
        new Select(byId("review:outcome")).selectByVisibleText("accredited as communication-focused");
        byId("review:focus").sendKeys("Reading babies' cues and supporting parents to respond.");
        assertAccessible();
        submit("review:decide");
        assertTrue(text().contains("Decided"), text());
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM application_criterion ac JOIN accreditation_application a"
                                + " ON a.id = ac.application_id JOIN organisation o ON o.id = a.organisation_id"
                                + " WHERE o.name = ? AND ac.review = 'MET'")) {
            s.setString(1, "Browser Applying Training " + data.tag());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(9, rs.getInt(1), "every Met choice made before the decision was saved");
            }
        }
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT ac.review_comment FROM application_criterion ac JOIN"
                        + " accreditation_application a ON a.id = ac.application_id JOIN organisation o"
                        + " ON o.id = a.organisation_id WHERE o.name = ? AND ac.criterion = 3")) {
            s.setString(1, "Browser Applying Training " + data.tag());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals("Practicum handbook read: five families, supervised.", rs.getString(1));
            }
        }
    }

    @Test
    void leadAppliesAdministratorAccreditsAndTheOrganisationIsInTheDirectory() throws Exception {
        Path timetable = Files.createTempFile("course-timetable", ".pdf");
        Files.writeString(timetable, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        timetable.toFile().deleteOnExit();
        leadApplies(true, timetable);

        signIn(admin.email(), TestPeople.PASSWORD);
        open("admin/accreditation");
        assertAccessible();
        follow(By.linkText("Browser Applying Training " + data.tag()));
        assertAccessible();
        WebElement evidence = driver().findElement(By.cssSelector("#review a[href*='/accreditation-evidence/']"));
        String fileName = timetable.getFileName().toString();
        assertEquals(fileName, evidence.getText());
        String href = evidence.getAttribute("href");
        WebClient adminClient = new WebClient(baseUrl);
        adminClient.signIn(admin.email(), TestPeople.PASSWORD);
        HttpResponse<byte[]> download = adminClient.getBytes(href.substring(href.indexOf("/accreditation-evidence/")));
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "attachment; filename=\"" + fileName + "\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(Secrets.sha256Hex(Files.readAllBytes(timetable)), Secrets.sha256Hex(download.body()));
        assertTrue(
                driver().findElement(By.cssSelector("#review fieldset:nth-of-type(3) .missing-documents"))
                        .getText()
                        .contains("Practicum handbook"),
                text());
        for (int i = 0; i < 9; i++) {
            byId("review:c:" + i + ":met:" + (i == 2 ? 1 : 0)).click();
        }
        submit("review:save");
        new Select(byId("review:outcome")).selectByVisibleText("accredited as communication-focused, with conditions");
        byId("review:focus").sendKeys("Reading babies' cues and supporting parents to respond.");
        byId("review:conditions").sendKeys("Run the practicum with five families.");
        submit("review:decide");
        assertTrue(
                driver().findElement(By.cssSelector("#review .field-error"))
                        .getText()
                        .contains("criterion 3 (A supervised practicum)"),
                text());
        assertAccessible();
        byId("review:c:2:met:0").click();
        submit("review:save");
        byId("review:focus").clear();
        byId("review:conditions").clear();
        new Select(byId("review:outcome")).selectByVisibleText("accredited as communication-focused");
        byId("review:focus")
                .sendKeys("Reading babies' cues and supporting parents to respond, with observed practice.");
        submit("review:decide");
        assertTrue(text().contains("Decided"), text());
        signOut();

        open("organisations");
        assertTrue(text().contains("Browser Applying Training " + data.tag()), text());
        assertAccessible();
        follow(By.linkText("Browser Applying Training " + data.tag()));
        assertTrue(byId("status").getText().startsWith("accredited as communication-focused"), text());
        assertAccessible();
    }

    @Test
    void managerAddsAFacilitatorChecksACsvAndMakesAToken() throws Exception {
        Certifiable record = new Certifiable(TestDatabase.dataSource());
        TestPeople.Person trainer = data.person("browser-ws-trainer", training, "TRAINER");
        data.cohort(training, "Workspace cohort", holder.id());
        record.completeCourse(holder.id());
        record.completePractice(holder.id(), trainer.id());
        record.accredit(
                training,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(900)));
        record.signOff(holder.id(), training, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        WebClient trainee = new WebClient(baseUrl);
        trainee.signIn(holder.email(), TestPeople.PASSWORD);
        String number = trainee.get("/trainee/dashboard")
                .body()
                .replaceAll("(?s).*id=\"certificateNumber\"><strong>([A-Z0-9-]+)</strong>.*", "$1");

        signIn(manager.email(), TestPeople.PASSWORD);
        open("manager/facilitators");
        assertAccessible();
        byId("add:number").sendKeys(number);
        byId("add:name").sendKeys("Somebody Else");
        submit("add:save");
        assertTrue(text().contains("does not match"), text());
        assertEquals(number, byId("add:number").getAttribute("value"), "the input is kept");
        byId("add:name").clear();
        byId("add:name").sendKeys("test browser-facilitator");
        submit("add:save");
        assertTrue(text().contains("is on your roster"), text());
        assertTrue(byId("roster:table").getText().contains("Test browser-facilitator"));
        assertAccessible();
        driver().navigate().refresh(); // a reload after adding posts nothing again
        waitForAjax();
        assertFalse(text().contains("already on your roster"), text());
        assertEquals(
                1,
                driver().findElements(By.cssSelector("[id='roster:table'] tbody tr"))
                        .size());
        assertTrue(byId("digest:weekly").isSelected(), "the weekly digest of alerts is on by default");
        byId("digest:weekly").click();
        submit("digest:saveDigest");
        assertTrue(text().contains("You will no longer receive the weekly digest"), text());
        assertFalse(byId("digest:weekly").isSelected(), "the choice is kept");
        assertEquals(
                0,
                data.count("SELECT COUNT(*) FROM person WHERE id = ? AND roster_digest = TRUE", manager.id()),
                "the choice is saved");

        usePhone();
        open("manager/facilitators");
        WebElement caption = driver().findElement(By.cssSelector("[id='roster:table'] caption"));
        assertTrue(
                caption.getSize().getWidth() >= PHONE_WIDTH * 2 / 3,
                "the roster's caption is squeezed to " + caption.getSize().getWidth() + " px");
        assertAccessible(); // no sideways scroll on a phone
        browser.resize(1366, 900);

        open("verify/" + number);
        assertEquals(
                "Valid: this certificate is current.",
                byId("status").getText().strip(),
                "the status word is said once");
        assertAccessible();

        Path csv = Files.createTempFile("numbers", ".csv");
        Files.write(
                csv,
                List.of("number,name", number + ",Test browser-facilitator", "ATT-0000-0000-0000-0", "not-a-number"));
        open("manager/bulk");
        assertAccessible();
        byId("bulk:file").sendKeys(csv.toString());
        submit("bulk:check");
        String results = byId("results:table").getText();
        assertTrue(
                results.contains("Valid") && results.contains("not found") && results.contains("badly formed"),
                results);
        assertAccessible();

        open("manager/tokens");
        assertAccessible(); // no sideways scroll at 1366 px
        usePhone();
        assertAccessible(); // nor on a phone
        browser.resize(1366, 900);
        byId("create:name").sendKeys("HR system");
        submit("create:save");
        assertTrue(byId("token").getText().startsWith("att_"));
        assertAccessible();
        driver().navigate().refresh(); // a reload makes no second token, and the token is not shown again
        waitForAjax();
        assertTrue(driver().findElements(By.id("token")).isEmpty(), "the token is shown once");
        assertEquals(
                1,
                driver().findElements(By.cssSelector("[id='list:table'] tbody tr"))
                        .size());
    }
}
