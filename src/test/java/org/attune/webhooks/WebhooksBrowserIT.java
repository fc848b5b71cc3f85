package org.attune.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.platform.Secrets;
import org.attune.testing.BrowserTestBase;
import org.attune.testing.Deployments;
import org.attune.testing.TestDatabase;
import org.attune.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The manager's webhooks page and the API page in Chromium (axe and the strict CSP on each, and at 375 px), and the
 * webhook events API as an employer's system calls it: with its own token it sees its own events only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // at the root context, as in production: Payara serves /openapi at the server's root
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(Deployments.attune());
    }

    private TestPeople data;
    private TestPeople.Person manager;
    private long employer;
    private long otherEmployer;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        employer = data.organisation("EMPLOYER", "Webhook Hub");
        otherEmployer = data.organisation("EMPLOYER", "Other Webhook Hub");
        manager = data.person("webhook-manager", employer, "MANAGER");
    }

    @AfterEach
    void removePeople() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                Statement s = c.createStatement()) {
            String orgs = "SELECT id FROM organisation WHERE name LIKE '% " + data.tag() + "'";
            s.executeUpdate("DELETE FROM webhook_delivery WHERE endpoint_id IN (SELECT id FROM webhook_endpoint"
                    + " WHERE employer_id IN (" + orgs + "))");
            s.executeUpdate("DELETE FROM webhook_endpoint WHERE employer_id IN (" + orgs + ")");
            s.executeUpdate("DELETE FROM api_token WHERE employer_id IN (" + orgs + ")");
        }
        data.close();
    }

    private String text() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private void assertNoSidewaysScrolling() {
        browser.resize(375, 800);
        Number width =
                (Number) ((JavascriptExecutor) driver()).executeScript("return document.documentElement.scrollWidth;");
        Object wide = ((JavascriptExecutor) driver())
                .executeScript("return Array.from(document.querySelectorAll("
                        + "'main *')).filter(e => e.getBoundingClientRect().right > 376).slice(0, 5)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(width.intValue() <= 375, "page scrolls sideways: " + width + " because of " + wide);
        browser.resize(1280, 900);
    }

    @Test
    void managerAddsAnAddressSeesItsSecretOnceAndATestEventArrivesSignedAndLogged() throws Exception {
        try (LoopbackReceiver receiver = new LoopbackReceiver()) {
            signIn(manager.email(), TestPeople.PASSWORD);
            open("manager/webhooks");
            assertHeading("Webhooks");
            assertAccessible();

            driver().findElement(By.id("create:url")).sendKeys("https://10.0.0.5/attune-events");
            submit("create:save");
            assertShows("private or local network");
            assertAccessible();

            driver().findElement(By.id("create:url")).clear();
            driver().findElement(By.id("create:url")).sendKeys(receiver.url("/events"));
            submit("create:save");
            String secret = driver().findElement(By.id("secret")).getText();
            assertTrue(secret.startsWith("whsec_"), secret);
            assertAccessible();
            assertNoSidewaysScrolling();

            open("manager/webhooks");
            assertTrue(!driver().getPageSource().contains(secret), "the secret was shown again");

            submit("endpoints:table:0:test");
            assertShows("A test event (type ping) is on its way");
            new WebDriverWait(driver(), Duration.ofSeconds(30))
                    .until(d -> !receiver.received().isEmpty());
            LoopbackReceiver.Received ping = receiver.received().get(0);
            assertEquals("ping", ping.header("Attune-Event-Type"));
            assertTrue(
                    WebhookSignature.verify(
                            secret,
                            ping.header("Attune-Signature"),
                            ping.body(),
                            Instant.now(),
                            WebhookSignature.TOLERANCE),
                    "the test event's signature does not verify with the shown secret");
            new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> {
                submit("logForm:refresh");
                return text().contains("Delivered");
            });
            assertTrue(text().contains(ping.header("Attune-Event-Id")), text());
            assertAccessible();
            assertNoSidewaysScrolling();

            submit("endpoints:table:0:remove");
            assertShows("no more events are sent to it");
        }
    }

    @Test
    void apiPageListsEveryOperationFromTheOpenApiDocumentAndExplainsTheSignature() {
        open("api-docs");
        new WebDriverWait(driver(), Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.id("operations")).getAttribute("data-loaded")));
        String page = text();
        for (String operation : List.of(
                "GET /api/v1/certificates/{number}",
                "POST /api/v1/verifications",
                "GET /api/v1/webhook-events",
                "PUT /api/v1/attempts/{id}/answers/{question}",
                "GET /api/v1/status-lists/1")) {
            assertTrue(page.contains(operation), operation + " not listed");
        }
        assertTrue(page.contains("Attune-Signature"), "the signature scheme is not explained");
        assertAccessible();
        assertNoSidewaysScrolling();
    }

    @Test
    void webhookEventsApiAnswersOnlyTheTokensOwnOrganisationAndRefusesBadInput() throws Exception {
        String token = "att_" + Secrets.randomToken();
        data.insertRow(
                "INSERT INTO api_token (employer_id, name, token_hash, token_prefix, created_by, created_at)"
                        + " VALUES (?, 'HR', ?, ?, ?, ?)",
                employer,
                Secrets.sha256Hex(token),
                token.substring(0, 12),
                manager.id(),
                Timestamp.from(Instant.now()));
        String own = event(employer, "evt_own" + data.tag());
        String others = event(otherEmployer, "evt_other" + data.tag());

        HttpResponse<String> answer = get("/api/v1/webhook-events?limit=200", token);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(own), answer.body());
        assertTrue(!answer.body().contains(others), "another organisation's event was listed");
        assertTrue(answer.body().contains("\"state\":\"DELIVERED\""), answer.body());

        assertEquals(401, get("/api/v1/webhook-events", null).statusCode());
        assertEquals(401, get("/api/v1/webhook-events", "att_made-up").statusCode());
        for (String limit : List.of("0", "201", "abc", "-1", "1e3")) {
            HttpResponse<String> bad = get("/api/v1/webhook-events?limit=" + limit, token);
            assertEquals(400, bad.statusCode(), limit + ": " + bad.body());
            assertTrue(bad.body().contains("whole number"), bad.body());
        }
    }

    private String event(long organisation, String eventId) throws Exception {
        long endpoint = data.insertRow(
                "INSERT INTO webhook_endpoint (employer_id, url, secret, secret_hint,"
                        + " created_by, created_at, version) VALUES (?, 'https://hooks.example.org/x', 'whsec_x', 'whsec_x', ?,"
                        + " ?, 1)",
                organisation,
                manager.id(),
                Timestamp.from(Instant.now()));
        data.insertRow(
                "INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload, created_at, state,"
                        + " attempts, delivered_at, last_status) VALUES (?, ?, 'ping', '{}', ?, 'DELIVERED', 1, ?, 204)",
                endpoint,
                eventId,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        return eventId;
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceAll("/$", "") + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
