package org.attune.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Observed practice in Chromium, as its users do it: the trainee logs sessions (with the form's messages), the
 * trainer observes and rates all twelve competences with notes and a PDF (after a refused file, keeping the input),
 * signs off; the sampled sign-off waits for a second trainer, who confirms it; a trainer of another organisation
 * sees none of it. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservedPracticeBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private TestPeople.Person trainee;
    private TestPeople.Person trainer;
    private TestPeople.Person secondTrainer;
    private TestPeople.Person outsideTrainer;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        long organisation = data.organisation("TRAINING", "Practice Browser Training");
        long other = data.organisation("TRAINING", "Practice Browser Other");
        trainee = data.person("practising", organisation, "TRAINEE");
        trainer = data.person("observer", organisation, "TRAINER");
        secondTrainer = data.person("moderator", organisation, "TRAINER");
        outsideTrainer = data.person("outsider", other, "TRAINER");
        data.cohort(organisation, "Practice browser cohort", trainee.id());
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    private void signIn(TestPeople.Person person) {
        signIn(person.email(), TestPeople.PASSWORD);
    }

    private WebElement byId(String id) {
        return driver().findElement(By.id(id));
    }

    private String text() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", byId(id), date.toString());
    }

    private int sessionsLogged() throws Exception {
        return data.count("SELECT COUNT(*) FROM practicum_session WHERE person_id = ?", trainee.id());
    }

    private void fillLog(int sessionNumber, String reflection) {
        setDate("log:date", LocalDate.now().minusDays(2));
        new Select(byId("log:setting")).selectByVisibleText("Family hub");
        byId("log:sessionNumber").clear();
        byId("log:sessionNumber").sendKeys(String.valueOf(sessionNumber));
        byId("log:familyCodes").clear();
        byId("log:familyCodes").sendKeys("F1, F2, F3");
        byId("log:reflection").clear();
        byId("log:reflection").sendKeys(reflection);
        byId("log:parentFeedback").clear();
        byId("log:parentFeedback").sendKeys("Parents liked the quiet start.");
    }

    /** Reloads the page as a trainee would with the browser's reload button (a form post would be sent again). */
    private void reload() {
        driver().navigate().refresh();
        waitForAjax();
    }

    @Test
    void reloadingAfterLoggingOrCorrectingAddsNoSessionATwinIsRefusedAndAnUnobservedSessionCanBeDeleted()
            throws Exception {
        signIn(trainee);
        open("trainee/practice");
        fillLog(1, "Babies were mostly in quiet alert; I showed a mum how her baby turned away to rest.");
        submit("log:save");
        assertTrue(text().contains("Session 1 is logged."), text());
        reload();
        assertEquals(1, sessionsLogged(), "reloading after Log session adds nothing");
        assertFalse(text().contains("Session 1 is logged."), "the message was shown once, not posted again");

        submit(By.cssSelector("#sessions input[value='Correct']"));
        byId("log:reflection").clear();
        byId("log:reflection").sendKeys("Corrected: babies were mostly in quiet alert; one dad paused at a yawn.");
        submit("log:save");
        assertTrue(text().contains("Session 1 is corrected."), text());
        reload();
        assertEquals(1, sessionsLogged(), "reloading after Save correction adds no session");
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM practicum_session WHERE person_id = ? AND reflection LIKE"
                                + " 'Corrected:%'",
                        trainee.id()));

        // the same programme and session number again: refused next to the field, with the input kept
        fillLog(1, "A second entry for the same session, which is a slip rather than a new session.");
        submit("log:save");
        assertTrue(
                driver().findElement(By.xpath("//input[@id='log:sessionNumber']/following-sibling::*"
                                + "[contains(@class,'field-error')]"))
                        .getText()
                        .contains("already logged session 1 of programme 1"),
                text());
        assertTrue(byId("log:reflection").getAttribute("value").startsWith("A second entry"), "the input is kept");
        assertEquals(1, sessionsLogged());
        assertAccessible();

        byId("log:sessionNumber").clear();
        byId("log:sessionNumber").sendKeys("2");
        submit("log:save");
        assertTrue(text().contains("Session 2 is logged."), text());
        assertEquals(2, sessionsLogged());
        observeDirectly(1, 1);
        open("trainee/practice");
        List<WebElement> deletes = driver().findElements(By.cssSelector("details.delete-session"));
        assertEquals(1, deletes.size(), "only the session no trainer has observed can be deleted");
        deletes.get(0).findElement(By.tagName("summary")).click();
        assertTrue(
                deletes.get(0).getText().contains("Delete session 2 of programme 1"),
                deletes.get(0).getText());
        assertAccessible();
        submit(By.cssSelector("details.delete-session input[type=submit]"));
        assertTrue(text().contains("Session 2 of programme 1 is deleted."), text());
        assertEquals(1, sessionsLogged());
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM practicum_session WHERE person_id = ? AND session_number = 1",
                        trainee.id()),
                "the observed session stays");
        reload();
        assertEquals(1, sessionsLogged());
        assertAccessible();
    }

    @Test
    void traineeLogsTrainerObservesAndSignsOffSecondTrainerConfirmsOutsiderSeesNothing() throws Exception {
        // the trainee logs a session; an empty form says what is missing next to each field
        signIn(trainee);
        open("trainee/practice");
        assertAccessible();
        assertTrue(text().contains("Do not write names"), "the form says not to identify families");
        submit("log:save");
        assertTrue(driver().findElements(By.cssSelector(".field-error")).size() >= 4, text());
        assertTrue(text().contains("Choose where the session took place."));
        assertAccessible();
        setDate("log:date", LocalDate.now().minusDays(3));
        new Select(byId("log:setting")).selectByVisibleText("Family hub");
        byId("log:sessionNumber").clear();
        byId("log:sessionNumber").sendKeys("5");
        byId("log:familyCodes").sendKeys("F1, F2, 07700 900123");
        byId("log:reflection")
                .sendKeys("Most babies were in quiet alert; I pointed out a baby turning away and"
                        + " invited her dad to pause.");
        byId("log:parentFeedback").sendKeys("Parents enjoyed the songs and asked for more time to talk.");
        submit("log:save");
        // a code that looks like a phone number is refused next to the field, and nothing is logged
        assertTrue(
                driver().findElement(By.xpath("//input[@id='log:familyCodes']/following-sibling::*"
                                + "[contains(@class,'field-error')]"))
                        .getText()
                        .contains("cannot be a phone number"),
                text());
        assertAccessible();
        byId("log:familyCodes").clear();
        byId("log:familyCodes").sendKeys("F1, F2, F3, F4, F5, F6");
        submit("log:save");
        assertTrue(text().contains("Session 5 is logged."), text());
        for (int n = 1; n <= 4; n++) {
            logDirectly(n);
        }
        open("trainee/practice");
        assertTrue(
                byId("practicumProgress").getText().startsWith("5 of 5"),
                byId("practicumProgress").getText());
        assertTrue(
                byId("practicumProgress").getText().contains("programme: 5 of 5."),
                byId("practicumProgress").getText());
        assertTrue(byId("attendance-1").getText().contains("F6"), "each family code has its row of sessions");
        observeDirectly(4, 12); // an earlier observation, every competence competent
        open("trainee/practice");
        assertTrue(
                byId("need-reading-cues").getText().contains("One more observation on another date"),
                byId("need-reading-cues").getText());
        assertTrue(
                byId("need-safeguarding").getText().contains("Nothing"),
                byId("need-safeguarding").getText());
        assertTrue(text().contains("3 of 12 competences with all the evidence they need"), text());
        signOut();

        // the trainer finds the trainee on the dashboard and observes session 5
        signIn(trainer);
        open("trainer/dashboard");
        assertAccessible();
        follow(By.linkText("Test practising"));
        assertAccessible();
        assertTrue(
                byId("competencesMissing")
                        .getText()
                        .contains("Reading cues: One more observation on another date, rated competent."),
                byId("checklist").getText());
        assertTrue(driver().findElements(By.id("signoff:signOff")).isEmpty(), "no sign-off on one date's evidence");
        follow(By.linkText("Observe")); // the first is the newest: session 5
        assertTrue(text().contains("Session 5"), text());
        assertTrue(text().contains("Safeguarding (Professional discussion with the trainer)"), text());
        assertAccessible();
        List<WebElement> fieldsets = driver().findElements(By.cssSelector("fieldset.competence"));
        assertEquals(12, fieldsets.size());
        for (WebElement fieldset : fieldsets) {
            fieldset.findElement(By.cssSelector("input[value='COMPETENT']")).click();
            fieldset.findElement(By.tagName("textarea")).sendKeys("Seen with every family in the session.");
        }
        byId("observation:overallComment").sendKeys("A confident, attuned session. Well done.");
        Path fake = Files.createTempFile("notes", ".pdf");
        Files.writeString(fake, "<html>not really a PDF</html>");
        byId("observation:file").sendKeys(fake.toString());
        submit("observation:save");
        assertTrue(text().contains("PDF, JPEG or PNG"), text());
        assertEquals(
                1,
                data.count("SELECT COUNT(*) FROM observation WHERE trainee_id = ?", trainee.id()),
                "a refused file saves nothing (the one observation is the earlier one)");
        assertTrue(
                driver().findElements(By.cssSelector("fieldset.competence"))
                        .get(11)
                        .findElement(By.cssSelector("input[value='COMPETENT']"))
                        .isSelected(),
                "the ratings are kept");
        assertEquals(
                "A confident, attuned session. Well done.",
                byId("observation:overallComment").getAttribute("value"));
        assertAccessible();
        Path pdf = Files.createTempFile("observation-notes", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        byId("observation:file").sendKeys(pdf.toString());
        submit("observation:save");
        assertTrue(text().contains("Observation and evidence file saved."), text());
        String evidenceHref = driver().findElement(By.cssSelector("#files a")).getAttribute("href");
        assertTrue(evidenceHref.matches(".*/evidence/\\d+"), evidenceHref);

        // every competence is competent and the target met: sign off; a new trainer's sign-off is sampled
        WebElement back = driver().findElement(By.partialLinkText("Back to the practice of"));
        back.click();
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(back));
        assertTrue(
                byId("checklist").getText().contains("Done: Every competence rated competent"),
                byId("checklist").getText());
        // signing off asks first, saying what it does; cancelling changes nothing
        submit("signoff:signOff");
        assertTrue(byId("confirmation").getText().contains("counts at once towards their certificate"), text());
        assertEquals(
                "confirmation",
                driver().switchTo().activeElement().getAttribute("id"),
                "the focus moves to the question");
        assertAccessible();
        submit("signoff:cancel");
        assertTrue(text().contains("nothing was changed"), text());
        assertTrue(driver().findElements(By.id("inForce")).isEmpty(), "not signed off");
        assertEquals(0, data.count("SELECT COUNT(*) FROM sign_off WHERE trainee_id = ?", trainee.id()));
        submit("signoff:signOff");
        submit("signoff:confirm");
        assertTrue(text().contains("sampled for moderation"), text());
        assertTrue(byId("inForce").getText().contains("waiting for a second trainer"));
        assertAccessible();
        // the signed-off record is frozen: the observation shows, but cannot be changed
        long observed = data.count("SELECT MAX(id) FROM practicum_session WHERE person_id = ?", trainee.id());
        open("trainer/observe?session=" + observed);
        assertTrue(byId("locked").getText().contains("signed off"), text());
        assertTrue(driver().findElements(By.id("observation:save")).isEmpty(), "no save button");
        assertFalse(byId("observation:overallComment").isEnabled());
        assertAccessible();
        signOut();

        // the evidence is a download for the trainee, and not there for an outsider
        WebClient traineeClient = new WebClient(baseUrl);
        traineeClient.signIn(trainee.email(), TestPeople.PASSWORD);
        String evidencePath = evidenceHref.substring(evidenceHref.indexOf("/evidence/"));
        HttpResponse<String> download = traineeClient.get(evidencePath);
        assertEquals(200, download.statusCode());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "sandbox; default-src 'none'; frame-ancestors 'none'",
                download.headers().firstValue("Content-Security-Policy").orElse(""),
                "a download is never run, nor framed by another site");
        assertTrue(download.body().startsWith("%PDF-"));

        // the second trainer moderates
        signIn(secondTrainer);
        open("trainer/moderation");
        assertAccessible();
        assertTrue(text().contains("Test practising"), text());
        WebElement confirm = driver().findElement(By.cssSelector("input[id$=':confirm']"));
        confirm.click();
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(confirm));
        assertTrue(text().contains("is confirmed"), text());
        assertTrue(text().contains("Nothing waits for your moderation."));
        signOut();

        // a trainer of another organisation can neither see nor rate the trainee
        WebClient outsider = new WebClient(baseUrl);
        outsider.signIn(outsideTrainer.email(), TestPeople.PASSWORD);
        long session = data.count("SELECT MAX(id) FROM practicum_session WHERE person_id = ?", trainee.id());
        assertEquals(
                404, outsider.get("/trainer/practice?person=" + trainee.id()).statusCode());
        assertEquals(404, outsider.get("/trainer/observe?session=" + session).statusCode());
        assertEquals(404, outsider.get(evidencePath).statusCode());
        assertFalse(outsider.get("/trainer/dashboard").body().contains("Test practising"));

        // the trainee sees their record, the feedback and the confirmed sign-off
        signIn(trainee);
        open("trainee/practice");
        assertTrue(text().contains("12 of 12 competences with all the evidence they need"), text());
        assertTrue(text().contains("A confident, attuned session. Well done."));
        assertTrue(
                byId("signOffState").getText().contains("signed off"),
                byId("signOffState").getText());
        assertAccessible();
        open("trainee/dashboard");
        assertTrue(byId("competentCount").getText().startsWith("12 of 12"));
        assertAccessible();
    }

    @Test
    void trainerDashboardFiltersSortsAndExportsCsv() throws Exception {
        logDirectly(1);
        WebClient client = new WebClient(baseUrl);
        client.signIn(trainer.email(), TestPeople.PASSWORD);
        HttpResponse<String> page = client.get("/trainer/dashboard");
        assertTrue(page.body().contains("Test practising"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("filter", "filter");
        form.put("filter:cohort", "");
        form.put("filter:name", "practising");
        form.put("filter:sort", "practicum");
        form.put("filter:csv", "Download as CSV");
        form.putAll(WebClient.postback(page.body()));
        HttpResponse<String> csv = client.post("/trainer/dashboard", form, Map.of());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("trainee-progress.csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[1].startsWith("Test practising,"), lines[1]);
        assertTrue(lines[1].contains(",1,5,0,12,"), "one of five sessions, none of twelve competences: " + lines[1]);

        signIn(trainer);
        open("trainer/dashboard");
        byId("filter:name").sendKeys("nobody-matches");
        submit("filter:apply");
        assertTrue(text().contains("No trainee matches."), text());
        assertAccessible();
    }

    @Test
    void trainerDashboardShowsFiftyTraineesAPageAndTheFirstTenWhoNeedAttentionWithAWayToAllOfThem() throws Exception {
        long organisation = data.count("SELECT organisation_id FROM membership WHERE person_id = ?", trainer.id());
        long[] crowd = new long[59];
        for (int i = 0; i < crowd.length; i++) {
            crowd[i] = data.person(String.format("crowd%02d", i), organisation, "TRAINEE")
                    .id();
        }
        data.cohort(organisation, "Practice browser crowd", crowd);
        signIn(trainer);
        open("trainer/dashboard");
        assertEquals("Trainees 1 to 50 of 60", byId("rowsShown").getText());
        assertEquals(
                50, driver().findElements(By.cssSelector("#progress tbody tr")).size());
        assertEquals(10, driver().findElements(By.cssSelector("#attention li")).size(), "nobody has started");
        assertTrue(
                byId("attentionAll").getText().contains("Showing the first 10 of 60."),
                byId("attentionAll").getText());
        assertFalse(byId("pages:previous").isEnabled(), "no page before the first");
        assertAccessible();

        submit("pages:next");
        assertEquals("Trainees 51 to 60 of 60", byId("rowsShown").getText());
        assertEquals(
                10, driver().findElements(By.cssSelector("#progress tbody tr")).size());
        assertFalse(byId("pages:next").isEnabled(), "no page after the last");
        assertAccessible();

        submit("attentionAll:showAll");
        assertTrue(byId("filter:attentionOnly").isSelected(), "the table is filtered to those who need attention");
        assertEquals("Trainees 1 to 50 of 60", byId("rowsShown").getText(), "from the first page again");
    }

    /**
     * An observation of the trainee's session {@code number}, {@code daysAgo}, with every competence of the live
     * framework rated competent under its own evidence method.
     */
    private void observeDirectly(int number, int daysAgo) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            long session;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM practicum_session WHERE person_id = ? AND" + " session_number = ?")) {
                s.setLong(1, trainee.id());
                s.setInt(2, number);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    session = rs.getLong(1);
                }
            }
            long observation;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO observation (session_id, trainee_id, trainer_id,"
                            + " observed_on, overall_comment, saved_by, saved_at, version) VALUES (?, ?, ?, ?,"
                            + " 'A good start.', ?, ?, 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, session);
                s.setLong(2, trainee.id());
                s.setLong(3, trainer.id());
                s.setDate(4, Date.valueOf(LocalDate.now().minusDays(daysAgo)));
                s.setLong(5, trainer.id());
                s.setTimestamp(6, Timestamp.from(Instant.now()));
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    observation = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO competence_rating (observation_id,"
                    + " competence_key, rating, evidence, method) SELECT ?, competence_key, 'COMPETENT',"
                    + " 'Seen with every family, or discussed.', evidence_method FROM competence_definition"
                    + " WHERE syllabus_version_id = (SELECT MAX(id) FROM syllabus_version"
                    + " WHERE course_code = 'ATT-IC')")) {
                s.setLong(1, observation);
                s.executeUpdate();
            }
        }
    }

    private void logDirectly(int number) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO practicum_session (person_id, session_date, setting, session_number, families, reflection,"
                                + " parent_feedback, logged_at, version) VALUES (?, ?, 'CLINIC', ?, 5, ?, ?, ?, 1)",
                        Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, trainee.id());
            s.setDate(2, Date.valueOf(LocalDate.now().minusDays(30 - number)));
            s.setInt(3, number);
            s.setString(4, "Reflection on session " + number + ": cues, states and how parents responded.");
            s.setString(5, "Parents' feedback on session " + number + ".");
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.executeUpdate();
            try (ResultSet key = s.getGeneratedKeys();
                    PreparedStatement f = c.prepareStatement(
                            "INSERT INTO practicum_family (session_id, family_code)" + " VALUES (?, ?)")) {
                key.next();
                for (int family = 1; family <= 5; family++) { // the same five families at every session
                    f.setLong(1, key.getLong(1));
                    f.setString(2, "F" + family);
                    f.executeUpdate();
                }
            }
        }
    }
}
