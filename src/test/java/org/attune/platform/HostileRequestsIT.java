package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.attune.testing.Deployments;
import org.attune.testing.TestDatabase;
import org.attune.testing.TestPeople;
import org.attune.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attune as a careless or hostile client meets it: operations endpoints, malformed addresses, oversized and odd form
 * posts. Nothing answers 500. Deployed as {@code ROOT.war}, at the root context as in production, where Payara puts
 * {@code /metrics} inside the application (so its filters guard it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

    /** The token failsafe gives the server as {@code ATTUNE_METRICS_TOKEN}. */
    private static final String METRICS_TOKEN = "it-metrics-token-5e1f";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(Deployments.attune());
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private DataSource dataSource;
    private TestPeople data;

    @BeforeEach
    void createData() {
        dataSource = TestDatabase.dataSource();
        data = new TestPeople(dataSource);
    }

    @AfterEach
    void removeData() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            String orgs = "SELECT id FROM organisation WHERE name LIKE '% " + data.tag() + "'";
            String apps = "SELECT id FROM accreditation_application WHERE organisation_id IN (" + orgs + ")";
            s.executeUpdate("DELETE FROM application_criterion WHERE application_id IN (" + apps + ")");
            s.executeUpdate("DELETE FROM accreditation_application WHERE organisation_id IN (" + orgs + ")");
        }
        data.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.toURI().resolve(path.substring(1))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private WebClient signedIn(TestPeople.Person person) throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(person.email(), TestPeople.PASSWORD).statusCode());
        return client;
    }

    private static void assertFriendly(HttpResponse<String> response) {
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("Payara"), response.body());
    }

    @Test
    void metricsAreServedOnlyWithTheTokenNotToAForwardedOrLocalRequestWithout() throws Exception {
        assertEquals(401, get("/metrics").statusCode(), "no token, even from this machine");
        assertEquals(401, get("/metrics", "X-Forwarded-For", "203.0.113.7").statusCode());
        assertEquals(401, get("/metrics/base", "Authorization", "Bearer wrong").statusCode());
        HttpResponse<String> served =
                get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN, "X-Forwarded-For", "203.0.113.7");
        assertEquals(200, served.statusCode());
        assertFalse(served.body().isBlank());
    }

    @Test
    void healthStaysPublicForLoadBalancers() throws Exception {
        assertEquals(200, get("/health/ready", "X-Forwarded-For", "203.0.113.7").statusCode());
        assertEquals(200, get("/health/live").statusCode());
    }

    @Test
    void openApiIsPublicAndAnswersItsVeryFirstCallWhileTheWadlIsGone() throws Exception {
        HttpResponse<String> openapi = get("/openapi");
        assertEquals(200, openapi.statusCode(), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/verifications"), openapi.body());
        assertEquals(404, get("/api/application.wadl").statusCode());
        assertEquals(404, get("/api/application.wadl?detail=true").statusCode());
        assertEquals(404, get("/openapi/application.wadl").statusCode());
    }

    @Test
    void responsesDoNotNameTheServer() throws Exception {
        for (String path : new String[] {"/", "/no-such-page", "/api/v1/status-lists/1", "/health/ready"}) {
            HttpResponse<String> response = get(path);
            assertTrue(
                    response.headers().firstValue("Server").isEmpty(),
                    path + ": " + response.headers().firstValue("Server"));
            assertTrue(
                    response.headers().firstValue("X-Powered-By").isEmpty(),
                    path + ": " + response.headers().firstValue("X-Powered-By"));
        }
    }

    @Test
    void aNonNumericIdIsNotFoundNotAServerError() throws Exception {
        HttpResponse<String> profile = get("/organisation-profile?id=abc");
        assertEquals(404, profile.statusCode());
        assertTrue(profile.body().contains("We could not find that page"), profile.body());
        assertFriendly(profile);
        long organisation = data.organisation("TRAINING", "Observing Training");
        WebClient trainer = signedIn(data.person("observing-trainer", organisation, "TRAINER"));
        HttpResponse<String> observe = trainer.get("/trainer/observe?session=abc");
        assertEquals(404, observe.statusCode());
        assertFriendly(observe);
    }

    @Test
    void aFormPostOverTwoMegabytesIsRefusedWithAPageNotAServerError() throws Exception {
        WebClient client = new WebClient(base);
        String page = client.get("/login").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", "x".repeat(2_500_000));
        form.put("login:password", "whatever");
        form.putAll(WebClient.postback(page));
        HttpResponse<String> refused = client.post("/login", form, Map.of());
        assertEquals(413, refused.statusCode());
        assertTrue(refused.body().contains("We could not read that request"), refused.body());
        assertFriendly(refused);
    }

    @Test
    void aStatelessViewStateIsNotAServerError() throws Exception {
        WebClient client = new WebClient(base);
        client.get("/verify");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("verify", "verify");
        form.put("verify:number", "ATT-AAAA-BBBB-CCCC-D");
        form.put("verify:check", "");
        form.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> answer = client.post("/verify", form, Map.of());
        assertNotEquals(500, answer.statusCode(), answer.body());
        assertEquals(302, answer.statusCode(), "back to the page, as for an expired view");
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/verify"));
    }

    @Test
    void aNameLongerThanTheFieldIsRefusedWithAMessageNotCutShort() throws Exception {
        long organisation = data.organisation("TRAINING", "Long Names Training");
        WebClient lead = signedIn(data.person("long-names-lead", organisation, "TRAINER", "LEAD_TRAINER"));
        String page = lead.get("/trainer/cohorts").body();
        assertTrue(page.contains("maxlength=\"200\""), "the browser is told the limit");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("create", "create");
        form.put("create:name", "N".repeat(1_000_000));
        form.put("create:save", "");
        form.putAll(WebClient.postback(page));
        HttpResponse<String> refused = lead.post("/trainer/cohorts", form, Map.of());
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Keep the name to 200 characters or fewer"), "message next to the field");
        assertEquals(0, data.count("SELECT COUNT(*) FROM cohort WHERE organisation_id = ?", organisation));
    }

    @Test
    void aMegabyteCertificateNumberIsNotEchoedIntoTheLocationHeader() throws Exception {
        WebClient client = new WebClient(base);
        String page = client.get("/verify").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("verify", "verify");
        form.put("verify:number", "ATT-" + "A".repeat(1_000_000));
        form.put("verify:check", "");
        form.putAll(WebClient.postback(page));
        HttpResponse<String> redirect = client.post("/verify", form, Map.of());
        assertEquals(302, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/verify/-"), location);
        HttpResponse<String> shown = client.get("/verify/" + "A".repeat(5_000));
        assertEquals(400, shown.statusCode());
        assertTrue(shown.body().contains("That is not a certificate number"), shown.body());
    }

    @Test
    void decidingAnApplicationAlreadyDecidedAnswers409WithAMessageAndChangesNothing() throws Exception {
        long organisation = data.organisation("TRAINING", "Decided Training");
        TestPeople.Person lead = data.person("decided-lead", organisation, "TRAINER", "LEAD_TRAINER");
        long application = decidedApplication(organisation, lead.id());
        WebClient admin = signedIn(data.person("deciding-admin", null, "ADMINISTRATOR"));
        String path = "/admin/accreditation?id=" + application;
        HttpResponse<String> page = admin.get(path);
        assertEquals(200, page.statusCode());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("review", "review");
        form.put("review:outcome", "REFUSED");
        form.put("review:validity", "3");
        form.put("review:focus", "");
        form.put("review:conditions", "");
        form.put("review:decide", "");
        form.putAll(WebClient.postback(page.body()));
        HttpResponse<String> again = admin.post(path, form, Map.of());
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("This application has already been decided"), again.body());
        assertFriendly(again);
        assertEquals(0, data.count("SELECT COUNT(*) FROM accreditation WHERE organisation_id = ?", organisation));
    }

    private long decidedApplication(long organisation, long lead) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO accreditation_application (organisation_id,"
                            + " submitted_by, submitted_at, state, version) VALUES (?, ?, ?, 'DECIDED', 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, organisation);
                ps.setLong(2, lead);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_criterion (application_id,"
                    + " criterion, statement, review) VALUES (?, ?, ?, 'MET')")) {
                for (int n = 1; n <= 9; n++) {
                    ps.setLong(1, id);
                    ps.setInt(2, n);
                    ps.setString(3, "Criterion " + n + ": cues, states and parents first.");
                    ps.executeUpdate();
                }
            }
            return id;
        }
    }
}
