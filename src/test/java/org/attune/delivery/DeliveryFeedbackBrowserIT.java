package org.attune.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attune.certification.CertificateNumber;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Delivery fidelity in Chromium (issue 23): a certified facilitator starts a programme and downloads a session's
 * poster (a PDF with the code and a QR code of the feedback address); parents answer on a phone, in English or
 * Welsh, once per device; the facilitator's profile shows figures only from the fifth response; closed and
 * malformed codes get a clear page, never an error. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryFeedbackBrowserIT extends BrowserTestBase {

    private static final String ALPHABET = "ACDEFHJKMNPRTUVWXY34679";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private TestPeople.Person facilitator;
    private TestPeople.Person uncertified;
    private TestPeople.Person lead;
    private TestPeople.Person manager;
    private TestPeople.Person trainer;
    private TestPeople.Person administrator;
    private long organisation;
    private long employer;
    private WebClient downloads;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        organisation = data.organisation("TRAINING", "Delivery Training");
        facilitator = data.person("delivery-facilitator", organisation, "TRAINEE");
        uncertified = data.person("delivery-uncertified", organisation, "TRAINEE");
        trainer = data.person("delivery-trainer", organisation, "TRAINER");
        administrator = data.person("delivery-admin", null, "ADMINISTRATOR");
        lead = data.person("delivery-lead", organisation, "LEAD_TRAINER");
        employer = data.organisation("EMPLOYER", "Delivery Employer");
        manager = data.person("delivery-manager", employer, "MANAGER");
        String number = CertificateNumber.random(new SecureRandom()).value();
        data.insertRow(
                "INSERT INTO roster_entry (employer_id, certificate_number, added_by, added_at)"
                        + " VALUES (?, ?, ?, NOW(6))",
                employer,
                number,
                manager.id());
        long syllabus = data.count("SELECT MAX(id) FROM syllabus_version");
        data.insertRow(
                "INSERT INTO certificate (cert_number, person_id, holder_name, organisation_id,"
                        + " organisation_name, accreditation_at_issue, signed_off_by, signed_off_by_name, course_code,"
                        + " course_title, syllabus_version_id, syllabus_label, syllabus_hash, competences, issued_at,"
                        + " expires_at, status, issue_key, version) VALUES (?, ?, 'Test delivery-facilitator', ?,"
                        + " 'Delivery Training', 'ACCREDITED', ?, 'Trainer', 'ATT-IC', 'Course', ?, '2026.1', 'hash',"
                        + " 'Reading cues', NOW(6), NOW(6) + INTERVAL 1 YEAR, 'ACTIVE', ?, 1)",
                number,
                facilitator.id(),
                organisation,
                trainer.id(),
                syllabus,
                "delivery-test:" + data.tag());
    }

    @AfterEach
    void removePeople() throws Exception {
        data.insertRow("DELETE FROM roster_entry WHERE employer_id = ?", employer);
        data.insertRow(
                "DELETE FROM application_criterion WHERE application_id IN (SELECT id FROM accreditation_application"
                        + " WHERE organisation_id = ?)",
                organisation);
        data.insertRow("DELETE FROM accreditation_application WHERE organisation_id = ?", organisation);
        data.close();
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    /**
     * A programme of the facilitator with one session on {@code date} for {@code families} families, made directly;
     * its session's code.
     */
    private String programmeWithSessionOn(LocalDate date, int families) throws Exception {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        long programme = data.insertRow(
                "INSERT INTO delivery_programme (person_id, setting, starts_on, session_count,"
                        + " commissioner_name, expected_families, created_at) VALUES (?, 'FAMILY_HUB', ?, 1, 'Test Hub', ?,"
                        + " NOW(6))",
                facilitator.id(),
                Date.valueOf(date),
                families);
        data.insertRow(
                "INSERT INTO delivery_session (programme_id, session_number, session_date, feedback_code)"
                        + " VALUES (?, 1, ?, ?)",
                programme,
                Date.valueOf(date),
                code.toString());
        return code.toString();
    }

    private long programmeOf(String code) throws Exception {
        return data.count("SELECT programme_id FROM delivery_session WHERE feedback_code = ?", code);
    }

    @Test
    void aCertifiedFacilitatorStartsAProgrammeAndItsPosterCarriesTheCodeAndAReadableQrCode() throws Exception {
        signIn(uncertified.email(), TestPeople.PASSWORD);
        open("trainee/delivery");
        assertTrue(driver().findElement(By.id("notCertified")).isDisplayed());
        assertTrue(driver().findElements(By.id("programme:start")).isEmpty(), "no form without a certificate");
        signOut();

        signIn(facilitator.email(), TestPeople.PASSWORD);
        open("trainee/delivery");
        assertAccessible();
        submit("programme:start"); // nothing chosen: each problem next to its field, nothing written
        assertEquals(
                "Choose where the programme runs.",
                driver().findElement(By.cssSelector("#programme .field-error")).getText());
        assertEquals(0, data.count("SELECT COUNT(*) FROM delivery_programme WHERE person_id = ?", facilitator.id()));
        assertAccessible();

        new Select(driver().findElement(By.id("programme:setting"))).selectByValue("FAMILY_HUB");
        ((JavascriptExecutor) driver())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        driver().findElement(By.id("programme:startsOn")),
                        today());
        WebElement sessions = driver().findElement(By.id("programme:sessions"));
        sessions.clear();
        sessions.sendKeys("3");
        driver().findElement(By.id("programme:commissionerName")).sendKeys("Westside Family Hub");
        driver().findElement(By.id("programme:expectedFamilies")).sendKeys("6");
        submit("programme:start");
        assertTrue(
                driver().getCurrentUrl().endsWith("/trainee/delivery"),
                "post-redirect-get: " + driver().getCurrentUrl());
        assertShows("Programme started with 3 sessions");
        List<WebElement> codes = driver().findElements(By.cssSelector(".feedback-code"));
        assertEquals(3, codes.size());
        String code = codes.get(0).getText();
        assertTrue(code.matches("[" + ALPHABET + "]{8}"), code);
        assertAccessible();

        String sessionId = codes.get(0).getAttribute("id").replace("code-", "");
        HttpResponse<byte[]> poster = download("trainee/delivery-files/poster/" + sessionId);
        assertEquals(200, poster.statusCode());
        assertEquals(
                "application/pdf", poster.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(poster.body())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains(code), "the poster shows the code");
            assertTrue(qrOnPoster(pdf).endsWith("/feedback/" + code), "the QR code leads to the feedback page");
        }
        HttpResponse<byte[]> slide = download("trainee/delivery-files/slide/" + sessionId);
        assertEquals(200, slide.statusCode());
        try (PDDocument pdf = Loader.loadPDF(slide.body())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains(code), "the slide shows the code");
        }
        String someoneElses = String.valueOf(data.count("SELECT COALESCE(MAX(id), 0) + 1000 FROM delivery_session"));
        assertEquals(
                404, download("trainee/delivery-files/poster/" + someoneElses).statusCode());
        assertEquals(404, download("trainee/delivery-files/poster/x'1").statusCode());
    }

    @Test
    void leadTrainersAndManagersSeeTheProfileOnlyWhileTheFacilitatorConsents() throws Exception {
        String name = "Test delivery-facilitator";
        programmeWithSessionOn(LocalDate.now(ZoneOffset.UTC), 6);
        signIn(lead.email(), TestPeople.PASSWORD);
        open("lead/delivery");
        assertTrue(driver().findElement(By.id("noneShared")).isDisplayed(), "nothing shared without consent");
        assertFalse(driver().getPageSource().contains(name));
        signOut();

        signIn(facilitator.email(), TestPeople.PASSWORD);
        open("trainee/delivery");
        driver().findElement(By.id("sharing:training")).click();
        submit("sharing:save");
        assertShows("Your choice is saved: your aggregated profile is shared as you chose.");
        assertTrue(driver().findElement(By.id("sharing:training")).isSelected(), "the choice is kept");
        assertAccessible();
        signOut();

        signIn(lead.email(), TestPeople.PASSWORD);
        open("lead/delivery");
        assertEquals(
                name, driver().findElement(By.cssSelector(".shared-profile h2")).getText());
        assertTrue(driver().findElement(By.id("sharedShares-0-notEnough")).isDisplayed(), "still k >= 5 for others");
        assertAccessible();
        signOut();
        signIn(manager.email(), TestPeople.PASSWORD);
        open("manager/delivery");
        assertFalse(driver().getPageSource().contains(name), "shared with the training organisation only");
        signOut();

        signIn(facilitator.email(), TestPeople.PASSWORD); // revokes for leads, shares with employers
        open("trainee/delivery");
        driver().findElement(By.id("sharing:training")).click();
        driver().findElement(By.id("sharing:employers")).click();
        submit("sharing:save");
        assertShows("Your choice is saved");
        signOut();
        signIn(lead.email(), TestPeople.PASSWORD);
        open("lead/delivery");
        assertFalse(driver().getPageSource().contains(name), "consent withdrawn");
        signOut();
        signIn(manager.email(), TestPeople.PASSWORD);
        open("manager/delivery");
        assertEquals(
                name, driver().findElement(By.cssSelector(".shared-profile h2")).getText());
        assertAccessible();
    }

    @Test
    void parentsAnswerOnAPhoneOncePerDeviceAndFiguresAppearOnlyFromTheFifthResponse() throws Exception {
        String code = programmeWithSessionOn(LocalDate.now(ZoneOffset.UTC), 2); // flagged above 2 x 2 responses
        long programme = programmeOf(code);
        usePhone();
        for (int parent = 1; parent <= 4; parent++) {
            newDevice();
            open("feedback/" + code);
            if (parent == 1) {
                assertHeading("Tell us about your baby massage class");
                assertAccessible();
            }
            if (parent == 2) { // in Welsh
                follow(By.id("otherLanguage"));
                assertHeading("Dywedwch wrthym am eich dosbarth tylino babi");
                assertEquals(
                        "cy",
                        driver().findElement(By.cssSelector(".parent-feedback")).getAttribute("lang"));
                assertAccessible();
            }
            answerEvery(parent == 3 ? "not-really" : "a-lot");
            submit("feedback:send");
            assertEquals(
                    parent == 2
                            ? "Diolch. Mae eich atebion wedi cael eu hanfon."
                            : "Thank you. Your answers have been sent.",
                    driver().findElement(By.id("feedbackState")).getText());
            if (parent == 1) {
                assertAccessible();
            }
        }
        open("feedback/" + code); // the fourth parent's phone again
        answerEvery("a-little");
        submit("feedback:send");
        assertEquals(
                "You have already answered for this session on this phone. Thank you.",
                driver().findElement(By.id("feedbackState")).getText());
        assertEquals(
                4,
                data.count(
                        "SELECT COUNT(*) FROM delivery_response r JOIN delivery_session s"
                                + " ON s.id = r.session_id WHERE s.feedback_code = ?",
                        code));

        signIn(facilitator.email(), TestPeople.PASSWORD);
        open("trainee/delivery");
        assertTrue(driver().findElement(By.id("shares-" + programme + "-notEnough"))
                .getText()
                .startsWith("Not enough responses yet"));
        assertTrue(driver().findElements(By.id("shares-" + programme)).isEmpty(), "no figure on 4 responses");
        assertTrue(
                driver().findElements(By.id("flag-" + programme)).isEmpty(), "4 devices for 2 families: not flagged");
        assertAccessible();
        driver().manage().deleteAllCookies(); // signed out; on a phone the sign-out button is behind the menu

        newDevice();
        open("feedback/" + code);
        answerEvery("a-lot");
        driver().findElement(By.id("feedback:comment"))
                .sendKeys("Lovely class. Email me on jo.parent@example.org" + " or 07700 900123.");
        submit("feedback:send");
        assertEquals(
                "Thank you. Your answers have been sent.",
                driver().findElement(By.id("feedbackState")).getText());

        signIn(facilitator.email(), TestPeople.PASSWORD);
        open("trainee/delivery");
        String figures = driver().findElement(By.id("shares-" + programme)).getText();
        assertTrue(figures.contains("I was encouraged to ask my baby's permission. 80% of 5"), figures);
        assertTrue(
                driver().findElement(By.id("flag-" + programme))
                        .getText()
                        .startsWith("A session's code was answered" + " by far more devices"),
                "5 devices for 2 families are flagged to the facilitator");
        String comments = driver().findElement(By.id("comments-" + programme)).getText();
        assertEquals("Lovely class. Email me on [e-mail removed] or [phone number removed].", comments);
        assertAccessible();
        String csv = new String(download("trainee/delivery-files/profile.csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("asking-permission,I was encouraged to ask my baby's permission.,80,5"), csv);
        assertFalse(csv.contains("Lovely class"), "the export holds figures only");
    }

    @Test
    void closedAndMalformedCodesShowAClearPageAndNeverAnError() throws Exception {
        String closed = programmeWithSessionOn(LocalDate.now(ZoneOffset.UTC).minusDays(8), 4);
        usePhone();
        open("feedback/" + closed.toLowerCase(Locale.ROOT));
        assertEquals(
                "This code has closed. A code works for 7 days after its session.",
                driver().findElement(By.id("feedbackState")).getText());
        assertTrue(driver().findElements(By.id("feedback:send")).isEmpty());
        assertAccessible();
        open("feedback/NOPE2CDE");
        assertEquals(
                "We cannot find this code. Please check it against the poster.",
                driver().findElement(By.id("feedbackState")).getText());
        driver().findElement(By.id("code")).sendKeys(closed.substring(0, 4) + " " + closed.substring(4));
        submit("openCode");
        assertEquals(
                "This code has closed. A code works for 7 days after its session.",
                driver().findElement(By.id("feedbackState")).getText());
        assertAccessible();

        WebClient client = new WebClient(baseUrl);
        for (String path : List.of(
                "/feedback/%22%3E%3Cscript%3E",
                "/feedback/" + "A".repeat(500),
                "/feedback?code=%00",
                "/feedback?lang=xx&sent=maybe",
                "/feedback/..%2F..%2Fweb.xml",
                "/feedback",
                "/feedback/",
                "/feedback?code=" + closed + "&lang=cy")) {
            HttpResponse<String> response = client.get(path);
            assertTrue(response.statusCode() < 500, path + " answered " + response.statusCode());
            assertFalse(response.body().contains("at org.attune"), path);
        }
        assertEquals(
                0,
                data.count(
                        "SELECT COUNT(*) FROM delivery_response r JOIN delivery_session s"
                                + " ON s.id = r.session_id WHERE s.feedback_code = ?",
                        closed));
    }

    @Test
    void aTrainerReviewsTheDeliveryRecordForRenewalSeeingOnlyTheAggregatedProfile() throws Exception {
        DeliveryFixtures fixtures = new DeliveryFixtures(data);
        data.insertRow(
                "UPDATE certificate SET issued_at = NOW(6) - INTERVAL 335 DAY, expires_at = NOW(6) + INTERVAL 30 DAY"
                        + " WHERE person_id = ?",
                facilitator.id());
        String code = programmeWithSessionOn(LocalDate.now(ZoneOffset.UTC).minusDays(2), 8);
        fixtures.responses(code, 3, "a-lot", null);
        fixtures.responses(code, 1, "a-lot", "Lovely class, only the facilitator reads this.");

        signIn(facilitator.email(), TestPeople.PASSWORD);
        open("trainee/dashboard");
        assertEquals(
                "Your delivery record does not count yet: not enough responses yet. A programme needs at least 5"
                        + " parents' responses.",
                driver().findElement(By.id("deliveryEvidenceReason")).getText());
        assertTrue(driver().findElements(By.id("deliveryEvidenceForm:ask")).isEmpty(), "nothing to ask on 4");
        assertAccessible();

        fixtures.responses(code, 1, "not-really", null);
        open("trainee/dashboard");
        assertEquals(
                "Your delivery record counts: 1 programme with 5 parents' responses in your certificate's last year.",
                driver().findElement(By.id("deliveryEvidenceReason")).getText());
        submit("deliveryEvidenceForm:ask");
        assertShows("Your delivery record is waiting for a trainer's review.");
        assertTrue(driver().findElement(By.id("deliveryEvidenceRequested")).isDisplayed());
        assertAccessible();
        signOut();

        signIn(trainer.email(), TestPeople.PASSWORD);
        open("trainer/renewals");
        assertAccessible();
        follow(By.linkText("Test delivery-facilitator"));
        assertHeading("Delivery record of Test delivery-facilitator");
        String figures = driver().findElement(By.id("reviewShares")).getText();
        assertTrue(figures.contains("I was encouraged to ask my baby's permission. 80% of 5"), figures);
        assertFalse(driver().getPageSource().contains("Lovely class"), "comments are for the facilitator only");
        assertAccessible();
        driver().findElement(By.cssSelector("input[name='decision:accept'][value='false']"))
                .click();
        submit("decision:decide");
        assertEquals(
                "Say why, so the facilitator knows what to do.",
                driver().findElement(By.cssSelector("#decision .field-error")).getText());
        assertAccessible();
        driver().findElement(By.cssSelector("input[name='decision:accept'][value='true']"))
                .click();
        submit("decision:decide");
        assertShows("The delivery record of Test delivery-facilitator is accepted as evidence of recent practice.");
        assertTrue(driver().findElement(By.id("none")).isDisplayed(), "nothing else waiting");
        signOut();

        signIn(facilitator.email(), TestPeople.PASSWORD);
        open("trainee/dashboard");
        assertTrue(driver().findElement(By.id("deliveryEvidenceAccepted")).isDisplayed());
        assertTrue(
                driver().findElement(By.id("renewalChecklist"))
                        .getText()
                        .contains("A trainer accepted your delivery record"),
                driver().findElement(By.id("renewalChecklist")).getText());
        assertAccessible();
    }

    @Test
    void theAdministratorSeesTheOrganisationsFacilitatorsInAggregateInTheAccreditationReview() throws Exception {
        DeliveryFixtures fixtures = new DeliveryFixtures(data);
        fixtures.sharesWithTraining(facilitator.id());
        String code = programmeWithSessionOn(LocalDate.now(ZoneOffset.UTC).minusDays(2), 8);
        fixtures.responses(code, 3, "a-lot", null);
        fixtures.responses(code, 1, "a-lot", "Lovely class, only the facilitator reads this.");
        long application = data.insertRow(
                "INSERT INTO accreditation_application (organisation_id, submitted_by, submitted_at, state,"
                        + " open_organisation_id, version) VALUES (?, ?, NOW(6), 'SUBMITTED', ?, 1)",
                organisation,
                lead.id(),
                organisation);
        for (int n = 1; n <= 9; n++) {
            data.insertRow(
                    "INSERT INTO application_criterion (application_id, criterion, statement) VALUES (?, ?, ?)",
                    application,
                    n,
                    "Criterion " + n + ": cues, states and parents first.");
        }

        signIn(administrator.email(), TestPeople.PASSWORD);
        open("admin/accreditation?id=" + application);
        assertTrue(
                driver().findElement(By.id("facilitatorDelivery-shares-notEnough"))
                        .getText()
                        .startsWith("Not enough responses yet"),
                "4 responses: no figure");
        assertTrue(driver().findElements(By.id("facilitatorDelivery-shares")).isEmpty());
        assertAccessible();

        fixtures.responses(code, 1, "not-really", null);
        open("admin/accreditation?id=" + application);
        WebElement evidence = driver().findElement(By.id("facilitatorDelivery"));
        assertTrue(
                evidence.findElement(By.xpath("ancestor::fieldset"))
                        .getText()
                        .contains("Most contact time is on communication and relationships"),
                "shown with the communication-focus criterion");
        assertEquals(
                "1 facilitator; 1 programme; 5 parents' responses.",
                driver().findElement(By.id("facilitatorDelivery-facts")).getText());
        String figures =
                driver().findElement(By.id("facilitatorDelivery-shares")).getText();
        assertTrue(figures.contains("I was encouraged to ask my baby's permission. 80% of 5"), figures);
        assertFalse(driver().getPageSource().contains("Lovely class"), "never a comment");
        assertFalse(driver().getPageSource().contains("Test delivery-facilitator"), "never who");
        assertAccessible();
    }

    /** Forgets this browser's feedback token, as another parent's phone would not have it. */
    private void newDevice() {
        open("feedback");
        ((JavascriptExecutor) driver()).executeScript("window.localStorage.clear();");
    }

    private void answerEvery(String answer) {
        for (WebElement item : driver().findElements(By.cssSelector("fieldset.feedback-item"))) {
            item.findElement(By.cssSelector("input[type=radio][value='" + answer + "']"))
                    .click();
        }
    }

    /**
     * A GET as the facilitator, for downloads the browser would save: a session of its own (sharing the browser's would
     * let its requests and these overlap in one session, which the test's session moving does not allow for).
     */
    private HttpResponse<byte[]> download(String path) throws Exception {
        if (downloads == null) {
            downloads = new WebClient(baseUrl);
            assertEquals(
                    302,
                    downloads.signIn(facilitator.email(), TestPeople.PASSWORD).statusCode());
        }
        return downloads.getBytes("/" + path);
    }

    /**
     * Reads the poster's QR code where it is printed, as a phone camera would: the page at 300 dpi without
     * anti-aliasing (the code is drawn as touching squares, which anti-aliasing seams with hairlines), exactly the
     * code's square (its own quiet zone of four modules included, so no text nearby is in view).
     */
    private static String qrOnPoster(PDDocument pdf) throws Exception {
        float dpi = 300;
        float scale = dpi / 72;
        float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
        float pageWidth = pdf.getPage(0).getMediaBox().getWidth();
        PDFRenderer renderer = new PDFRenderer(pdf);
        renderer.setRenderingHints(
                new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF));
        BufferedImage page = renderer.renderImageWithDPI(0, dpi);
        int x = Math.round((pageWidth - FeedbackPosterPdf.POSTER_QR_SIZE) / 2 * scale);
        int y = Math.round(
                (pageHeight - FeedbackPosterPdf.POSTER_QR_BOTTOM - FeedbackPosterPdf.POSTER_QR_SIZE) * scale);
        int size = Math.round(FeedbackPosterPdf.POSTER_QR_SIZE * scale);
        BufferedImage area = page.getSubimage(x, y, size, size);
        int[] pixels = area.getRGB(0, 0, area.getWidth(), area.getHeight(), null, 0, area.getWidth());
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(
                                new HybridBinarizer(new RGBLuminanceSource(area.getWidth(), area.getHeight(), pixels))),
                        Map.of(DecodeHintType.TRY_HARDER, true))
                .getText();
    }
}
