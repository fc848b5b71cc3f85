package org.attune.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the {@code axe.min.js} shipped in Deque's axe-core Selenium jar) on the current page and reports
 * violations of WCAG 2.x A/AA and best-practice rules whose impact is serious or critical.
 */
public final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SOURCE = load();

    private Axe() {}

    /** Serious and critical violations on the page, one readable line each; empty when the page passes. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa',"
                + "'wcag22aa','best-practice']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " help: v.help, targets: v.nodes.map(function (n) { return n.target.join(' '); })"
                + ".slice(0, 5).join(', ')}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e),"
                + " targets: ''}]); });");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        return violations.stream()
                .filter(v -> BLOCKING.contains(String.valueOf(v.get("impact"))))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("targets")
                        + " on " + driver.getCurrentUrl())
                .collect(Collectors.toList());
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
