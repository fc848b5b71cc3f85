package org.attune.retention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.attune.testing.BrowserTestBase;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In Chromium: the public privacy notice, reached from the footer, states the retention settings and lists every
 * cookie the site actually set during a sign-in; the evidence upload warns against identifiable images of families,
 * refuses an image marked as showing people until written consent is confirmed, and stores it without its EXIF.
 * axe-core checks every page; both pages fit a 375 px screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyAndEvidenceBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private TestPeople.Person trainee;
    private TestPeople.Person trainer;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        long organisation = data.organisation("TRAINING", "Privacy Browser Training");
        trainee = data.person("consenting", organisation, "TRAINEE");
        trainer = data.person("uploader", organisation, "TRAINER");
        data.cohort(organisation, "Privacy browser cohort", trainee.id());
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    private String text() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private void assertFitsA375PixelScreen() {
        browser.resize(375, 800);
        Number width =
                (Number) ((JavascriptExecutor) driver()).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width.intValue() <= 375, driver().getCurrentUrl() + " scrolls sideways at 375 px: " + width);
        browser.resize(1280, 900);
    }

    @Test
    void privacyNoticeFromTheFooterStatesTheRetentionPeriodsAndEveryCookieTheSiteSets() {
        open("/");
        follow(By.linkText("Privacy and cookies"));
        assertHeading("Privacy and cookies");
        assertAccessible();
        String notice = text();
        assertTrue(notice.contains("12 months after the sign-off they supported took effect"), notice);
        assertTrue(notice.contains("30 days after they were made"), notice);
        assertTrue(notice.contains("30 days after they expire or are withdrawn"), notice);
        assertTrue(notice.contains("90 days after they were last used"), notice);
        assertTrue(notice.contains("30 days after delivery"), notice);
        assertTrue(notice.contains("Shown until 72 months after the certificate expires"), notice);
        assertTrue(notice.contains("A copy of your data, or its erasure"), notice);
        assertTrue(notice.contains("strictly necessary"), notice);
        assertFitsA375PixelScreen();

        signIn(trainer.email(), TestPeople.PASSWORD);
        open("trainer/dashboard");
        Set<String> cookies =
                driver().manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
        assertTrue(cookies.containsAll(List.of("JSESSIONID", "attune_device")), "cookies after sign-in: " + cookies);
        open("privacy");
        String listed = driver().findElement(By.id("cookie-list")).getText();
        for (String cookie : cookies) {
            assertTrue(listed.contains(cookie), "the site set " + cookie + " but the notice does not list it");
        }
        assertAccessible();
    }

    @Test
    void anImageThatShowsPeopleIsRefusedUntilConsentIsConfirmedThenStoredWithoutExif() throws Exception {
        long session = logSession();
        signIn(trainer.email(), TestPeople.PASSWORD);
        open("trainer/observe?session=" + session);
        assertTrue(
                driver().findElement(By.id("file-families"))
                        .getText()
                        .contains("Do not upload an identifiable image of a family"),
                text());
        assertAccessible();
        assertFitsA375PixelScreen();
        for (WebElement fieldset : driver().findElements(By.cssSelector("fieldset.competence"))) {
            fieldset.findElement(By.cssSelector("input[value='NOT_OBSERVED']")).click();
            fieldset.findElement(By.tagName("textarea")).sendKeys("Not seen in this session.");
        }
        driver().findElement(By.id("observation:overallComment")).sendKeys("A warm welcome to every family.");
        Path photo = Files.createTempFile("class-photo", ".jpg");
        Files.write(photo, jpegWithExif());
        driver().findElement(By.id("observation:file")).sendKeys(photo.toString());
        driver().findElement(By.id("observation:showsPeople")).click();
        submit("observation:save");

        WebElement consentError = driver().findElement(
                        By.xpath("//fieldset[@id='image-people']" + "//*[contains(@class,'field-error')]"));
        assertTrue(consentError.getText().contains("confirm that you have the written consent"), text());
        assertEquals(
                0,
                data.count("SELECT COUNT(*) FROM observation WHERE trainee_id = ?", trainee.id()),
                "an image of people without consent saved the observation");
        assertEquals(
                "A warm welcome to every family.",
                driver().findElement(By.id("observation:overallComment")).getAttribute("value"),
                "the input was lost");
        assertAccessible();

        driver().findElement(By.id("observation:file")).sendKeys(photo.toString());
        if (!driver().findElement(By.id("observation:showsPeople")).isSelected()) {
            driver().findElement(By.id("observation:showsPeople")).click();
        }
        driver().findElement(By.id("observation:consent")).click();
        submit("observation:save");
        assertTrue(text().contains("Observation and evidence file saved."), text());
        byte[] stored = storedEvidence();
        assertTrue(stored.length > 0 && (stored[0] & 0xFF) == 0xFF && (stored[1] & 0xFF) == 0xD8, "a JPEG is stored");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("Exif"), "the EXIF was stored");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("GPS-51N"), "the GPS was stored");
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'EVIDENCE_UPLOADED'"
                                + " AND actor = ? AND detail LIKE '%written consent confirmed%'",
                        String.valueOf(trainer.id())));
        assertAccessible();
    }

    private long logSession() throws Exception {
        return data.insertRow(
                "INSERT INTO practicum_session (person_id, session_date, setting, session_number,"
                        + " families, reflection, parent_feedback, logged_at, version) VALUES (?, ?, 'CLINIC', 1, 5, ?, ?, ?,"
                        + " 1)",
                trainee.id(),
                Date.valueOf(LocalDate.now().minusDays(2)),
                "Cues and states, session 1.",
                "Parents liked the songs.",
                Timestamp.from(Instant.now()));
    }

    private byte[] storedEvidence() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT c.content FROM evidence_content c JOIN evidence_file f ON f.id = c.evidence_id"
                                + " JOIN observation o ON o.id = f.observation_id WHERE o.trainee_id = ?")) {
            s.setLong(1, trainee.id());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no evidence file stored");
                return rs.getBytes(1);
            }
        }
    }

    /** A real JPEG (from ImageIO) with an EXIF segment naming a GPS position, as a phone would write it. */
    private static byte[] jpegWithExif() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] jpeg = out.toByteArray();
        byte[] body = "Exif\0\0MM\0*\0\0\0\bGPS-51N".getBytes(StandardCharsets.ISO_8859_1);
        byte[] segment = new byte[body.length + 4];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) 0xE1;
        segment[2] = (byte) ((body.length + 2) >> 8);
        segment[3] = (byte) (body.length + 2);
        System.arraycopy(body, 0, segment, 4, body.length);
        byte[] result = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, result, 0, 2);
        System.arraycopy(segment, 0, result, 2, segment.length);
        System.arraycopy(jpeg, 2, result, 2 + segment.length, jpeg.length - 2);
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}, Arrays.copyOf(result, 4));
        return result;
    }
}
