package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.support.ui.Select;

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
        org.openqa.selenium.WebElement badge = driver().findElement(By.id("badge"));
        assertTrue(badge.getAttribute("alt").startsWith("Round dark blue badge"), badge.getAttribute("alt"));
        assertTrue(badge.getAttribute("alt").contains("Supporting parent-infant communication"));
        Number loaded = (Number) ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1;", badge);
        assertEquals(512, loaded.intValue(), "the badge image loads");
        driver().findElement(By.id("name:offered")).sendKeys("Test browser-holder");
        submit("name:checkName");
        assertTrue(driver().findElement(By.id("nameCheck")).getText().startsWith("This name matches"), text());
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Valid"), "still shows the result");
        assertTrue(driver().getCurrentUrl().startsWith(verifyPage), "the check stays at the certificate's address: "
                + driver().getCurrentUrl());
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
        Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("return document.documentElement.scrollWidth;");
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
        record.accredit(organisation, "ACCREDITED", Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(900)));
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        open("trainee/dashboard");
        String number = driver().findElement(By.id("certificateNumber")).getText();
        assertTrue(number.matches("ATT-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]"), number);
        assertTrue(driver().findElement(By.id("certificateStatus")).getText().startsWith("Valid"));
        assertTrue(driver().findElement(By.id("pdf")).getAttribute("href").endsWith("/api/v1/certificates/" + number
                + "/pdf"));
        assertAccessible();
        signOut();

        open("verify");
        assertAccessible();
        driver().findElement(By.id("verify:number")).sendKeys(number.toLowerCase().replace("-", " "));
        submit("verify:check");
        new org.openqa.selenium.support.ui.WebDriverWait(driver(), java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/verify/"));
        assertTrue(driver().findElement(By.id("status")).getText().startsWith("Valid"), text());
        assertEquals("Test browser-holder", driver().findElement(By.id("holder")).getText());
        assertTrue(driver().findElement(By.id("organisation")).getText().contains("accredited as communication-focused"));
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
        assertEquals("confirmation", driver().switchTo().activeElement().getAttribute("id"),
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
}
