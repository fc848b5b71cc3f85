package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.attune.testing.BrowserTestBase;
import org.attune.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public pages in a real browser: rendering, the shared layout, an ajax component and accessibility. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @Test
    void homePageRendersWithLayoutAndPassesAxe() {
        open("/");
        assertEquals("en-GB", driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver().findElement(By.tagName("h1")).getText().contains("parents and babies"));
        assertEquals(1, driver().findElements(By.cssSelector("main#main")).size());
        assertEquals(1, driver().findElements(By.cssSelector("nav[aria-label]")).size());
        assertTrue(driver().getTitle().contains("Attune"));
        assertAccessible();
    }

    @Test
    void pagePolicyBlocksAnInlineScriptWithoutTheNonceAndTheCheckSeesIt() {
        open("/");
        ((JavascriptExecutor) driver())
                .executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                        + " document.body.appendChild(s);"
                        + " var b = document.createElement('button'); b.setAttribute('onclick', 'window.injected = true;');"
                        + " document.body.appendChild(b); b.click();");
        assertEquals(
                Boolean.FALSE,
                ((JavascriptExecutor) driver()).executeScript("return window.injected === true;"),
                "an injected inline script ran");
        List<String> violations = browser.cspViolations();
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("script-src")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("console:")), violations.toString());
    }

    @Test
    void skipLinkMovesFocusToMainContent() {
        open("/");
        driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver().switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void aboutPageLoadsCriterionTextByAjaxAndPassesAxe() {
        open("about-accreditation");
        assertAccessible();
        assertEquals(
                "Facilitator of parent-infant communication in infant massage classes",
                driver().findElement(By.id("qualificationName")).getText(),
                "the qualification from course.yaml");
        assertTrue(driver().findElement(By.id("doesNotCertify")).getText().contains("Massage therapy"));
        By criterion = By.id("criteriaForm:criteria:criterion4");
        assertEquals("", driver().findElement(criterion).getText(), "the tab's content should load only on demand");
        driver().findElement(By.id("criteriaForm:criteria:criterion4_header")).click();
        waitForAjax();
        new WebDriverWait(driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(criterion));
        assertTrue(
                driver().findElement(criterion).getText().contains("written exam alone is not enough"),
                driver().findElement(criterion).getText());
        assertAccessible();
    }

    @Test
    void expiredViewOnAjaxRequestReturnsToThePageWithMessage() {
        open("about-accreditation");
        driver().manage().deleteAllCookies();
        driver().findElement(By.id("criteriaForm:criteria:criterion2_header")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "expired"));
        assertTrue(driver().getCurrentUrl().endsWith("/about-accreditation"), driver().getCurrentUrl());
        assertAccessible();
    }

    @Test
    void unknownPageShowsFriendlyNotFoundPage() {
        open("does-not-exist");
        assertTrue(driver().findElement(By.tagName("h1")).getText().contains("could not find"));
        assertAccessible();
    }

    @Test
    void pagesFitASmallPhoneScreen() {
        browser.resize(375, 800);
        open("/");
        Number scrollWidth =
                (Number) ((JavascriptExecutor) driver()).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth.intValue() <= 375, "page scrolls sideways: " + scrollWidth);
    }
}
