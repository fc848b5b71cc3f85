package org.attune.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of every {@code *BrowserIT}: a fresh headless Chromium per test against the deployed application, a PrimeFaces
 * ajax guard, and for each page a test visits an accessibility check and a check that the page's content security
 * policy blocked nothing (the application's own pages must work under the strict policy). A violation on a page the
 * test left without checking still fails the test when it ends.
 */
public abstract class BrowserTestBase {

    @ArquillianResource
    protected URL baseUrl;

    protected Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            try {
                assertNoCspViolations();
            } finally {
                browser.close();
            }
        }
    }

    protected WebDriver driver() {
        return browser.driver();
    }

    /** Opens a path relative to the application, e.g. {@code "about-accreditation"}. */
    protected void open(String path) {
        String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        driver().get(base + (path.startsWith("/") ? path.substring(1) : path));
        browser.waitForAjax();
    }

    protected void waitForAjax() {
        browser.waitForAjax();
    }

    /** Signs in through the sign-in form. */
    protected void signIn(String email, String password) {
        open("login");
        driver().findElement(By.id("login:email")).sendKeys(email);
        driver().findElement(By.id("login:password")).sendKeys(password);
        submit("login:submit");
    }

    /** Signs out with the button in the page header. */
    protected void signOut() {
        submit("signOutForm:signOut");
    }

    /**
     * Fails the test when axe-core finds a serious or critical violation on the current page, or when the content
     * security policy blocked anything so far.
     */
    protected void assertAccessible() {
        assertNoCspViolations();
        List<String> violations = Axe.seriousViolations(driver());
        assertEquals(List.of(), violations, "axe-core found serious or critical accessibility violations");
        assertNoSidewaysScroll();
    }

    /** A small phone's window (375 x 812 CSS pixels), for the rest of the test. */
    protected void usePhone() {
        browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    protected static final int PHONE_WIDTH = 375;
    protected static final int PHONE_HEIGHT = 812;

    /**
     * Fails when the page is wider than the window, so that it scrolls sideways (WCAG 1.4.10 reflow), naming the
     * widest elements that stick out.
     */
    protected void assertNoSidewaysScroll() {
        @SuppressWarnings("unchecked")
        Map<String, Object> width = (Map<String, Object>) ((JavascriptExecutor) driver())
                .executeScript("var d = document.documentElement, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                        + " if (r.right > d.clientWidth + 1 && out.length < 5) { out.push(e.tagName.toLowerCase()"
                        + "  + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
                        + "  ? '.' + e.className : '') + ' ' + Math.round(r.right)); } });"
                        + "return {scroll: d.scrollWidth, client: d.clientWidth, out: out.join(', ')};");
        long scroll = ((Number) width.get("scroll")).longValue();
        long client = ((Number) width.get("client")).longValue();
        assertTrue(
                scroll <= client,
                driver().getCurrentUrl() + " scrolls sideways: " + scroll + " px wide in a " + client + " px window ("
                        + width.get("out") + ")");
    }

    /** Fails the test when the content security policy blocked a script, style or anything else since the last check. */
    protected void assertNoCspViolations() {
        assertEquals(List.of(), browser.cspViolations(), "the content security policy blocked something");
    }

    /** Clicks the button with this id, which submits the page, and waits until the next page has replaced it. */
    protected void submit(String id) {
        submit(By.id(id));
    }

    /** Clicks the button found by this locator, which submits the page, and waits until the next page has settled. */
    protected void submit(By locator) {
        // the page may still be being replaced by an earlier click: find and click the button of the page that stays
        WebElement button = new WebDriverWait(driver(), Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement found = d.findElement(locator);
                    found.click();
                    return found;
                });
        waitUntilReplaced(button);
    }

    /** Follows the link found by this locator and waits until the page it leads to has replaced this one. */
    protected void follow(By locator) {
        submit(locator);
    }

    /** Waits until this element's page has been replaced by the next one, then for that page to settle. */
    private void waitUntilReplaced(WebElement element) {
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) { // stale, or "does not belong to the document"
                return true;
            }
        });
        waitForAjax();
    }

    /** Waits (up to 15 s) for the page's heading to read this, e.g. after an action that leads to another page. */
    protected void assertHeading(String heading) {
        try {
            new WebDriverWait(driver(), Duration.ofSeconds(15))
                    .ignoring(WebDriverException.class)
                    .until(d -> heading.equals(d.findElement(By.tagName("h1")).getText()));
        } catch (TimeoutException e) {
            throw new AssertionError("The page's heading never read \"" + heading + "\"", e);
        }
    }

    /**
     * The WCAG contrast ratio of this element's text colour against the first opaque background behind it (white
     * when none is set), e.g. 4.5 or more for normal text.
     */
    protected double contrastRatio(WebElement element) {
        Number ratio = (Number) ((JavascriptExecutor) driver())
                .executeScript(
                        "function lum(c) { var m = c.match(/[0-9.]+/g).map(Number);"
                                + " var a = m.slice(0, 3).map(function (v) { v /= 255;"
                                + " return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
                                + " return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2]; }"
                                + "function opaque(c) { var m = c.match(/[0-9.]+/g); return m && (m.length < 4 || Number(m[3]) > 0); }"
                                + "var el = arguments[0], bg = 'rgb(255, 255, 255)';"
                                + "for (var n = el; n && n.nodeType === 1; n = n.parentElement) {"
                                + " var b = getComputedStyle(n).backgroundColor; if (opaque(b)) { bg = b; break; } }"
                                + "var l1 = lum(getComputedStyle(el).color), l2 = lum(bg);"
                                + "return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);",
                        element);
        return ratio.doubleValue();
    }

    /** Fails when a label of a chart ({@code svg.stats-chart text}) reaches outside the chart and is cut off. */
    protected void assertChartLabelsFit() {
        Object clipped = ((JavascriptExecutor) driver())
                .executeScript("var out = [];"
                        + "document.querySelectorAll('svg.stats-chart').forEach(function (svg) {"
                        + " var vb = svg.viewBox.baseVal;"
                        + " svg.querySelectorAll('text').forEach(function (t) { var b = t.getBBox();"
                        + "  if (b.x < vb.x || b.y < vb.y || b.x + b.width > vb.x + vb.width + 0.5"
                        + "   || b.y + b.height > vb.y + vb.height + 0.5) { out.push(t.textContent.trim()); } }); });"
                        + "return out;");
        assertEquals(List.of(), clipped, "chart labels cut off at the chart's edge");
    }

    /** Waits (up to 15 s) for the answer to a click to show this text, and fails if it never does. */
    protected void assertShows(String text) {
        try {
            new WebDriverWait(driver(), Duration.ofSeconds(15))
                    .until(d -> d.getPageSource().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("The page never showed \"" + text + "\"", e);
        }
    }
}
