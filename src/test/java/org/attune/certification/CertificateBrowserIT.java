package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Certificates in Chromium: the trainee's checklist, then the certificate on the dashboard with its downloads; the
 * public verification page for a valid, mistyped and unknown number; a lead trainer suspends it and the page says
 * so. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private Certifiable record;
    private long organisation;
    private TestPeople.Person trainee;
    private TestPeople.Person trainer;
    private TestPeople.Person lead;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        record = new Certifiable(TestDatabase.dataSource());
        organisation = data.organisation("TRAINING", "Browser Certifying Training");
        trainee = data.person("browser-holder", organisation, "TRAINEE");
        trainer = data.person("browser-cert-trainer", organisation, "TRAINER");
        lead = data.person("browser-cert-lead", organisation, "LEAD_TRAINER");
        data.cohort(organisation, "Browser certifying cohort", trainee.id());
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    /**
     * The verification page shows the course badge with its caption as text alternative, and checks a name the
     * holder gives against the credential's identity hash; at 375 px nothing scrolls sideways.
     */
    private void badgeAndNameCheck(String verifyPage) {
        WebElement badge = driver().findElement(By.id("badge"));
        assertTrue(badge.getAttribute("alt").startsWith("Round dark blue badge"), badge.getAttribute("alt"));
        assertTrue(badge.getAttribute("alt").contains("Supporting parent-infant communication"));
        Number loaded = (Number) ((JavascriptExecutor) driver())
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1;", badge);
        assertEquals(512, loaded.intValue(), "the badge image loads");
        driver().findElement(By.id("name:offered")).sendKeys("Test browser-holder");
        submit("name:checkName");
        assertTrue(driver().findElement(By.id("nameCheck")).getText().startsWith("This name matches"), text());
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Valid"), "still shows the result");
        assertTrue(
                driver().getCurrentUrl().startsWith(verifyPage),
                "the check stays at the certificate's address: " + driver().getCurrentUrl());
        assertAccessible();
        driver().findElement(By.id("name:offered")).clear();
        driver().findElement(By.id("name:offered")).sendKeys("Test Browser-Holder");
        submit("name:checkName");
        assertTrue(driver().findElement(By.id("nameCheck")).getText().startsWith("This name does not match"), text());
        driver().findElement(By.id("name:offered")).clear();
        submit("name:checkName");
        assertTrue(driver().findElement(By.id("nameCheck")).getText().contains("Type the name"), text());
        browser.resize(375, 800);
        open(verifyPage.substring(verifyPage.indexOf("verify/")));
        Number scrollWidth =
                (Number) ((JavascriptExecutor) driver()).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth.intValue() <= 375, "page scrolls sideways: " + scrollWidth);
        assertAccessible();
        browser.resize(1280, 900);
    }

    private String text() {
        return driver().findElement(By.tagName("main")).getText();
    }

    @Test
    void traineeSeesTheChecklistThenTheCertificateAndAnyoneCanVerifyIt() throws Exception {
        signIn(trainee.email(), TestPeople.PASSWORD);
        open("trainee/dashboard");
        String checklist = driver().findElement(By.id("certificateChecklist")).getText();
        assertTrue(checklist.contains("Missing: Every module read"), checklist);
        assertTrue(checklist.contains("Missing: Observed practice signed off"), checklist);
        assertAccessible();

        record.completeCourse(trainee.id());
        record.completePractice(trainee.id(), trainer.id());
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(900)));
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        open("trainee/dashboard");
        String number = driver().findElement(By.id("certificateNumber")).getText();
        assertTrue(number.matches("ATT-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]"), number);
        assertTrue(driver().findElement(By.id("certificateStatus")).getText().startsWith("Valid"));
        assertTrue(driver().findElement(By.id("pdf"))
                .getAttribute("href")
                .endsWith("/api/v1/certificates/" + number + "/pdf"));
        assertAccessible();
        signOut();

        open("verify");
        assertAccessible();
        driver().findElement(By.id("verify:number"))
                .sendKeys(number.toLowerCase().replace("-", " "));
        submit("verify:check");
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/verify/"));
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Valid"), text());
        assertEquals(
                "Test browser-holder", driver().findElement(By.id("holder")).getText());
        assertTrue(
                driver().findElement(By.id("organisation")).getText().contains("accredited as communication-focused"));
        assertAccessible();
        String verifyPage = driver().getCurrentUrl();
        badgeAndNameCheck(verifyPage);
        char last = number.charAt(number.length() - 1);
        open("verify/" + number.substring(0, number.length() - 1) + (last == 'A' ? 'B' : 'A'));
        assertTrue(driver().findElement(By.id("problem")).getText().contains("typing mistake"), text());
        assertAccessible();

        signIn(lead.email(), TestPeople.PASSWORD);
        open("lead/certificates");
        assertAccessible();
        new Select(driver().findElement(By.id("certificates:table:0:action"))).selectByVisibleText("Suspend");
        driver().findElement(By.id("certificates:table:0:reason")).sendKeys("A concern is being looked into.");
        submit("certificates:table:0:apply");
        // suspending asks first, saying what it does; cancelling changes nothing
        assertTrue(driver().findElement(By.id("confirmation")).getText().contains("sees it as suspended"), text());
        assertEquals(
                "confirmation",
                driver().switchTo().activeElement().getAttribute("id"),
                "the focus moves to the question");
        assertAccessible();
        submit("certificates:cancel");
        assertTrue(text().contains("nothing was changed"), text());
        open("verify/" + number);
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Valid"), text());
        open("lead/certificates");
        new Select(driver().findElement(By.id("certificates:table:0:action"))).selectByVisibleText("Suspend");
        driver().findElement(By.id("certificates:table:0:reason")).sendKeys("A concern is being looked into.");
        submit("certificates:table:0:apply");
        submit("certificates:confirm");
        assertTrue(text().contains("is suspended"), text());
        open("verify/" + number);
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Suspended"), text());

        // so does revoking, which is final
        open("lead/certificates");
        new Select(driver().findElement(By.id("certificates:table:0:action"))).selectByVisibleText("Revoke");
        driver().findElement(By.id("certificates:table:0:reason")).sendKeys("Evidence of unsafe practice.");
        submit("certificates:table:0:apply");
        assertTrue(driver().findElement(By.id("confirmation")).getText().contains("A revocation is final"), text());
        assertAccessible();
        submit("certificates:cancel");
        open("verify/" + number);
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Suspended"), "cancelled: " + text());
        open("lead/certificates");
        new Select(driver().findElement(By.id("certificates:table:0:action"))).selectByVisibleText("Revoke");
        driver().findElement(By.id("certificates:table:0:reason")).sendKeys("Evidence of unsafe practice.");
        submit("certificates:table:0:apply");
        submit("certificates:confirm");
        assertTrue(text().contains("is revoked"), text());
        open("verify/" + number);
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Revoked"), text());
    }

    /** The certificate's number once the trainee has met every criterion and opened their dashboard (which issues it). */
    private String certify() throws Exception {
        record.completeCourse(trainee.id());
        record.completePractice(trainee.id(), trainer.id());
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(900)));
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        open("trainee/dashboard");
        return driver().findElement(By.id("certificateNumber")).getText();
    }

    /** Fetches an address of the application in the page, with the browser's cookies: status, type, first bytes. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                                + " return r.arrayBuffer().then(function (b) { var bytes = new Uint8Array(b), text = '';"
                                + "  for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }"
                                + "  done({status: r.status, type: r.headers.get('Content-Type') || '', body: text}); }); })"
                                + ".catch(function (e) { done({status: -1, type: '', body: String(e)}); });",
                        href);
    }

    private static Map<String, String> queryOf(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /**
     * The holder finds a "Share" link and a copyable address on their dashboard; the share page shows the badge, the
     * achievement, the training organisation and its focus, the dates and status, a LinkedIn add-to-profile link
     * with exactly the certificate's facts, the signed credential and the badge PNG to download; on a phone nothing
     * scrolls sideways. A visitor sees the same facts but no credential download. Once suspended, then revoked, the
     * page says so first, greys the badge and offers no LinkedIn link.
     */
    @Test
    void holderSharesTheirCertificateOnAPublicPageThatSaysPlainlyWhenItIsNoLongerValid() throws Exception {
        signIn(trainee.email(), TestPeople.PASSWORD);
        String number = certify();
        String address = driver().findElement(By.id("shareAddress")).getAttribute("value");
        assertTrue(address.endsWith("/share/" + number), address);
        assertEquals("true", driver().findElement(By.id("shareAddress")).getAttribute("readonly"));
        assertAccessible();
        follow(By.id("shareLink"));
        assertTrue(driver().getCurrentUrl().endsWith("/share/" + number), driver().getCurrentUrl());
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Valid"), text());
        String achievement = driver().findElement(By.id("achievement")).getText();
        assertTrue(!achievement.isBlank() && driver().getTitle().startsWith(achievement), driver().getTitle());
        assertTrue(driver().findElement(By.id("description")).getText().contains("It does not certify:"), text());
        WebElement badge = driver().findElement(By.id("badge"));
        assertTrue(badge.getAttribute("alt").startsWith("Round dark blue badge"), badge.getAttribute("alt"));
        Number loaded = (Number) ((JavascriptExecutor) driver())
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1;", badge);
        assertEquals(512, loaded.intValue(), "the badge image loads");
        assertEquals(
                "Test browser-holder", driver().findElement(By.id("holder")).getText());
        String organisationText = driver().findElement(By.id("organisation")).getText();
        assertTrue(
                organisationText.contains("Browser Certifying Training")
                        && organisationText.contains("accredited as communication-focused"),
                organisationText);
        assertAccessible();

        ZonedDateTime issued;
        ZonedDateTime expires;
        try (var c = TestDatabase.dataSource().getConnection();
                var q = c.prepareStatement("SELECT issued_at, expires_at FROM certificate WHERE cert_number = ?")) {
            q.setString(1, number);
            try (var row = q.executeQuery()) {
                row.next();
                issued = row.getTimestamp(1).toInstant().atZone(ZoneId.of("Europe/London"));
                expires = row.getTimestamp(2).toInstant().atZone(ZoneId.of("Europe/London"));
            }
        }
        String linkedIn = driver().findElement(By.id("linkedin")).getAttribute("href");
        assertTrue(linkedIn.startsWith("https://www.linkedin.com/profile/add?"), linkedIn);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("startTask", "CERTIFICATION_NAME");
        expected.put("name", achievement);
        expected.put("organizationName", "Browser Certifying Training " + data.tag());
        expected.put("issueYear", String.valueOf(issued.getYear()));
        expected.put("issueMonth", String.valueOf(issued.getMonthValue()));
        expected.put("expirationYear", String.valueOf(expires.getYear()));
        expected.put("expirationMonth", String.valueOf(expires.getMonthValue()));
        expected.put("certUrl", address);
        expected.put("certId", number);
        assertEquals(expected, queryOf(linkedIn));

        WebElement badgeLink = driver().findElement(By.id("badgeDownload"));
        assertEquals("attune-badge-ATT-IC.png", badgeLink.getAttribute("download"));
        Map<String, Object> png = fetch(badgeLink.getAttribute("href"));
        assertEquals(200L, ((Number) png.get("status")).longValue());
        assertTrue(((String) png.get("type")).startsWith("image/png"), (String) png.get("type"));
        assertTrue(((String) png.get("body")).startsWith("\u0089PNG\r\n\u001a\n"), "not a PNG file");

        assertTrue(driver().findElement(By.id("credentialExplained")).getText().contains("wallet"), text());
        Map<String, Object> credential =
                fetch(driver().findElement(By.id("credentialDownload")).getAttribute("href"));
        assertEquals(200L, ((Number) credential.get("status")).longValue());
        assertTrue(((String) credential.get("type")).startsWith("application/vc+jwt"), (String) credential.get("type"));
        JWSObject jws = JWSObject.parse(((String) credential.get("body")).strip());
        JWKSet jwks = JWKSet.parse((String) fetch(baseUrl.toString().replaceAll("/?$", "/") + ".well-known/jwks.json")
                .get("body"));
        assertTrue(
                jws.verify(new RSASSAVerifier(
                        jwks.getKeyByKeyId(jws.getHeader().getKeyID()).toRSAKey())),
                "the credential's signature verifies with a published key");
        assertEquals(
                "urn:attune:certificate:" + number,
                ((Map<?, ?>) jws.getPayload().toJSONObject().get("credentialSubject")).get("id"));

        usePhone();
        open("share/" + number);
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Valid"), text());
        assertAccessible();
        browser.resize(1280, 900);
        signOut();

        open("share/" + number);
        assertEquals(
                "Test browser-holder", driver().findElement(By.id("holder")).getText());
        assertTrue(driver().findElements(By.id("credentialDownload")).isEmpty(), "a visitor is offered the download");
        assertTrue(driver().findElement(By.id("credentialHolderOnly")).isDisplayed());
        assertAccessible();
        char last = number.charAt(number.length() - 1);
        open("share/" + number.substring(0, number.length() - 1) + (last == 'A' ? 'B' : 'A'));
        assertTrue(driver().findElement(By.id("problem")).getText().contains("typing mistake"), text());
        assertAccessible();

        signIn(lead.email(), TestPeople.PASSWORD);
        open("lead/certificates");
        new Select(driver().findElement(By.id("certificates:table:0:action"))).selectByVisibleText("Suspend");
        driver().findElement(By.id("certificates:table:0:reason")).sendKeys("A concern is being looked into.");
        submit("certificates:table:0:apply");
        submit("certificates:confirm"); // the action asks first (issue 20, point 11)
        open("share/" + number);
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Suspended"), text());
        assertTrue(
                driver().findElement(By.id("status")).getText().contains("Do not rely on this certificate."), text());
        assertTrue(driver().findElements(By.id("linkedin")).isEmpty(), "a suspended certificate offers LinkedIn");
        assertTrue(driver().findElement(By.cssSelector(".share-card"))
                .getAttribute("class")
                .contains("share-card--invalid"));
        assertAccessible();

        open("lead/certificates");
        new Select(driver().findElement(By.id("certificates:table:0:action"))).selectByVisibleText("Revoke");
        driver().findElement(By.id("certificates:table:0:reason")).sendKeys("Issued in error.");
        submit("certificates:table:0:apply");
        submit("certificates:confirm"); // the action asks first (issue 20, point 11)
        open("share/" + number);
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Revoked"), text());
        assertTrue(
                driver().findElement(By.id("status")).getText().contains("Do not rely on this certificate."), text());
        assertTrue(driver().findElements(By.id("linkedin")).isEmpty(), "a revoked certificate offers LinkedIn");
        String filter = (String) ((JavascriptExecutor) driver())
                .executeScript("return getComputedStyle(document.getElementById('badge')).filter;");
        assertTrue(filter.contains("grayscale"), "the badge of a revoked certificate looks valid: " + filter);
        assertAccessible();
    }
}
