package org.attune.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, with the paths set explicitly so that Selenium Manager
 * never tries to download a browser. It records content security policy violations twice over: a listener for
 * {@code securitypolicyviolation} events, put into every document before the page's own scripts run (DevTools'
 * {@code Page.addScriptToEvaluateOnNewDocument}, which the page's policy does not govern), and the browser's console,
 * which also keeps the violations of pages already left behind.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("attune.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("attune.test.chromedriver", "/usr/bin/chromedriver");

    /** Keeps each violation of the current document in {@code window.__attuneCspViolations}. */
    private static final String VIOLATION_LISTENER = "(function () {"
            + " var found = [];"
            + " Object.defineProperty(window, '__attuneCspViolations', {value: found});"
            + " document.addEventListener('securitypolicyviolation', function (e) {"
            + "  found.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in '"
            + "   + (e.sourceFile || e.documentURI) + ':' + e.lineNumber + ' ' + (e.sample || ''));"
            + " }, true);"
            + "}());";

    private final Path profile;
    private final ChromeDriver driver;

    public Browser() {
        try {
            profile = Files.createTempDirectory("attune-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIOLATION_LISTENER));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * The content security policy violations since the last call: those of the current document, and those the
     * console reported (for this document and every one left since). Empty when the policy blocked nothing.
     */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        List<String> violations = new ArrayList<>();
        Object inPage = driver.executeScript(
                "var v = window.__attuneCspViolations || [];" + " var copy = v.slice(); v.length = 0; return copy;");
        if (inPage instanceof List<?> list) {
            list.forEach(v -> violations.add(v + " on " + driver.getCurrentUrl()));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add("console: " + entry.getMessage());
            }
        }
        return violations;
    }

    /** Sets the browser window to a given width, e.g. 375 for a small phone. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over temporary profile is harmless
        }
    }
}
