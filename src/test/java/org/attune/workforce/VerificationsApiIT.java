package org.attune.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.testing.Certifiable;
import org.attune.testing.Deployments;
import org.attune.testing.TestDatabase;
import org.attune.testing.TestPeople;
import org.attune.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/verifications} as another system calls it: a token made on the tokens page, a CSV body, one
 * JSON row per input row (5,000 rows); no token, a wrong one or a revoked one gets 401.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private TestPeople data;
    private TestPeople.Person manager;
    private String number;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void certificateAndManager() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        Certifiable record = new Certifiable(TestDatabase.dataSource());
        long training = data.organisation("TRAINING", "Api Bulk Training");
        long employer = data.organisation("EMPLOYER", "Api Bulk Hub");
        manager = data.person("bulk-manager", employer, "MANAGER");
        TestPeople.Person trainee = data.person("bulk-holder", training, "TRAINEE");
        TestPeople.Person trainer = data.person("bulk-trainer", training, "TRAINER");
        data.cohort(training, "Bulk cohort", trainee.id());
        record.completeCourse(trainee.id());
        record.completePractice(trainee.id(), trainer.id());
        record.accredit(
                training,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(900)));
        record.signOff(trainee.id(), training, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        WebClient holder = new WebClient(base);
        holder.signIn(trainee.email(), TestPeople.PASSWORD);
        String dashboard = holder.get("/trainee/dashboard").body();
        number = dashboard.replaceAll("(?s).*id=\"certificateNumber\"><strong>([A-Z0-9-]+)</strong>.*", "$1");
    }

    @AfterEach
    void remove() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "DELETE FROM api_token WHERE employer_id IN (SELECT id FROM organisation WHERE name LIKE ?)")) {
            s.setString(1, "% " + data.tag());
            s.executeUpdate();
        }
        data.close();
    }

    private HttpResponse<String> post(String token, String csv) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/api/v1/verifications"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tokenFromTheWorkspaceChecksFiveThousandRowsAndOtherCallersGet401() throws Exception {
        WebClient workspace = new WebClient(base);
        workspace.signIn(manager.email(), TestPeople.PASSWORD);
        String page = workspace.get("/manager/tokens").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("create", "create");
        form.put("create:name", "HR system");
        form.put("create:save", "Make a token");
        form.putAll(WebClient.postback(page));
        String created = workspace
                .followRedirect(workspace.post("/manager/tokens", form, Map.of()))
                .body();
        String token = created.replaceAll("(?s).*<code id=\"token\">(att_[A-Za-z0-9_-]+)</code>.*", "$1");
        assertTrue(token.startsWith("att_"), created);

        StringBuilder csv = new StringBuilder("number,name\n");
        csv.append(number).append(",Test bulk-holder\n");
        csv.append(number).append(",Someone Else\n");
        csv.append("ATT-0000-0000-0000-0\n");
        csv.append("garbage\n");
        for (int i = 4; i < 5000; i++) {
            csv.append(number).append('\n');
        }
        HttpResponse<String> response = post(token, csv.toString());
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        assertTrue(body.startsWith("{\"count\":5000,"), body.substring(0, Math.min(200, body.length())));
        assertTrue(
                body.contains("\"row\":2,\"status\":\"active\"")
                        || body.matches("(?s).*\"row\":2,[^}]*\"status\":\"active\".*"),
                body.substring(0, 600));
        assertTrue(body.contains("\"error\":\"name mismatch\""));
        assertTrue(body.contains("\"error\":\"not found\""));
        assertTrue(body.contains("\"error\":\"badly formed\""));

        assertEquals(401, post(null, csv.toString()).statusCode());
        assertEquals(401, post("att_not-a-real-token", "ATT-0000-0000-0000-0\n").statusCode());
        HttpResponse<String> noToken = post(null, "x\n");
        assertTrue(noToken.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(400, post(token, "").statusCode());
    }
}
