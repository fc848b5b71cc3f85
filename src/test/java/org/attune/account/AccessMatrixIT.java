package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * Who may open what, as the deployed application answers it: one table of every page against anonymous, trainee,
 * trainer of organisation A, trainer of organisation B, lead trainer, manager and administrator. Also sign-in
 * behaviour over HTTP (new session id, sign-out, generic messages), CSRF and security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private TestPeople data;
    private final Map<String, TestPeople.Person> people = new LinkedHashMap<>();
    private long organisationB;
    private long cohortA;

    /** Roles in matrix column order; "anonymous" signs in as nobody. */
    private static final List<String> COLUMNS =
            List.of("anonymous", "trainee", "trainerA", "trainerB", "lead", "manager", "admin");

    /** 200 page, 302 to sign-in, 403 forbidden, 404 not found. */
    private static final int OK = 200;

    private static final int LOGIN = 302;
    private static final int NO = 403;
    private static final int GONE = 404;
    private static final int BAD = 400;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        long a = data.organisation("TRAINING", "Matrix Training A");
        organisationB = data.organisation("TRAINING", "Matrix Training B");
        long employer = data.organisation("EMPLOYER", "Matrix Employer");
        people.put("trainee", data.person("trainee", a, "TRAINEE"));
        people.put("trainerA", data.person("trainer-a", a, "TRAINER"));
        people.put("trainerB", data.person("trainer-b", organisationB, "TRAINER"));
        people.put("lead", data.person("lead", a, "LEAD_TRAINER"));
        people.put("manager", data.person("manager", employer, "MANAGER"));
        people.put("admin", data.person("admin", null, "ADMINISTRATOR"));
        cohortA = data.cohort(a, "Matrix Cohort A", people.get("trainee").id());
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    private WebClient clientFor(String column) throws Exception {
        WebClient client = new WebClient(base);
        if (!column.equals("anonymous")) {
            HttpResponse<String> response = client.signIn(people.get(column).email(), TestPeople.PASSWORD);
            assertEquals(302, response.statusCode(), column + " could not sign in: " + response.body());
        }
        return client;
    }

    @Test
    void everyPageAnswersEachRoleAsTheMatrixSays() throws Exception {
        long traineeId = people.get("trainee").id();
        Map<String, int[]> matrix = new LinkedHashMap<>();
        //                                                 anon   trainee trainerA trainerB lead  manager admin
        matrix.put("/index", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/about-accreditation", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/privacy", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/login", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/account/home", new int[] {LOGIN, OK, OK, OK, OK, OK, OK});
        matrix.put("/account/settings", new int[] {LOGIN, OK, OK, OK, OK, OK, OK});
        matrix.put("/account/confirm-email?token=nothing", new int[] {LOGIN, OK, OK, OK, OK, OK, OK});
        matrix.put("/admin/organisations", new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/admin/organisation", new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/admin/organisation?id=" + organisationB, new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/admin/organisation?id=0", new int[] {LOGIN, NO, NO, NO, NO, NO, GONE});
        matrix.put("/admin/people", new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/admin/person?id=" + traineeId, new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/admin/person?id=0", new int[] {LOGIN, NO, NO, NO, NO, NO, GONE});
        matrix.put("/admin/audit", new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/trainer/cohorts", new int[] {LOGIN, NO, OK, OK, OK, NO, NO});
        matrix.put("/trainer/cohort?id=" + cohortA, new int[] {LOGIN, NO, OK, GONE, OK, NO, NO});
        matrix.put("/trainer/cohort?id=0", new int[] {LOGIN, NO, GONE, GONE, GONE, NO, NO});
        matrix.put("/register?code=NOSUCHCODE", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/password-reset", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/admin/outbox", new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/trainee/dashboard", new int[] {LOGIN, OK, NO, NO, NO, NO, NO});
        matrix.put("/trainee/course", new int[] {LOGIN, OK, NO, NO, NO, NO, NO});
        matrix.put("/trainee/module?key=why-relationships", new int[] {LOGIN, OK, NO, NO, NO, NO, NO});
        matrix.put("/trainee/module?key=no-such-module", new int[] {LOGIN, GONE, NO, NO, NO, NO, NO});
        matrix.put("/trainee/quiz?module=why-relationships", new int[] {LOGIN, OK, NO, NO, NO, NO, NO});
        matrix.put("/trainee/quiz?module=no-such-module", new int[] {LOGIN, GONE, NO, NO, NO, NO, NO});
        matrix.put("/trainee/attempt?id=0", new int[] {LOGIN, GONE, NO, NO, NO, NO, NO});
        matrix.put("/trainee/attempt-result?id=0", new int[] {LOGIN, GONE, NO, NO, NO, NO, NO});
        matrix.put("/trainer/quiz-results", new int[] {LOGIN, NO, OK, OK, OK, NO, NO});
        matrix.put("/trainer/trainee-quizzes?person=" + traineeId, new int[] {LOGIN, NO, OK, GONE, OK, NO, NO});
        matrix.put("/trainer/quiz-statistics?module=why-relationships", new int[] {LOGIN, NO, OK, OK, OK, NO, NO});
        matrix.put("/trainee/practice", new int[] {LOGIN, OK, NO, NO, NO, NO, NO});
        matrix.put("/trainer/dashboard", new int[] {LOGIN, NO, OK, OK, OK, NO, NO});
        matrix.put("/trainer/moderation", new int[] {LOGIN, NO, OK, OK, OK, NO, NO});
        matrix.put("/trainer/renewals", new int[] {LOGIN, NO, OK, OK, OK, NO, NO});
        matrix.put("/trainer/renewals?id=0", new int[] {LOGIN, NO, GONE, GONE, GONE, NO, NO});
        matrix.put("/trainer/practice?person=" + traineeId, new int[] {LOGIN, NO, OK, GONE, OK, NO, NO});
        matrix.put("/trainer/practice?person=0", new int[] {LOGIN, NO, GONE, GONE, GONE, NO, NO});
        matrix.put("/trainer/observe?session=0", new int[] {LOGIN, NO, GONE, GONE, GONE, NO, NO});
        matrix.put("/evidence/0", new int[] {LOGIN, GONE, GONE, GONE, GONE, NO, NO});
        matrix.put("/evidence/..%2FWEB-INF%2Fweb.xml", new int[] {LOGIN, GONE, GONE, GONE, GONE, NO, NO});
        matrix.put("/verify", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/share", new int[] {GONE, GONE, GONE, GONE, GONE, GONE, GONE});
        matrix.put("/admin/certificates", new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/lead/certificates", new int[] {LOGIN, NO, NO, NO, OK, NO, NO});
        matrix.put("/.well-known/jwks.json", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/api/v1/status-lists/1", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/api/v1/status-lists/revocation/1", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/api/v1/status-lists/suspension/1", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/api/v1/status-lists/expiry/1", new int[] {GONE, GONE, GONE, GONE, GONE, GONE, GONE});
        matrix.put("/badges/ATT-IC.png", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/api/v1/issuer", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/organisations", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/organisations/" + organisationB, new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/organisations/0", new int[] {GONE, GONE, GONE, GONE, GONE, GONE, GONE});
        matrix.put("/lead/accreditation", new int[] {LOGIN, NO, NO, NO, OK, NO, NO});
        matrix.put("/admin/accreditation", new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/admin/accreditation?id=0", new int[] {LOGIN, NO, NO, NO, NO, NO, GONE});
        matrix.put("/accreditation-evidence/0", new int[] {LOGIN, NO, NO, NO, GONE, NO, GONE});
        matrix.put("/manager/facilitators", new int[] {LOGIN, NO, NO, NO, NO, OK, NO});
        matrix.put("/manager/bulk", new int[] {LOGIN, NO, NO, NO, NO, OK, NO});
        matrix.put("/manager/tokens", new int[] {LOGIN, NO, NO, NO, NO, OK, NO});
        matrix.put("/manager/webhooks", new int[] {LOGIN, NO, NO, NO, NO, OK, NO});
        matrix.put("/api-docs", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/admin/content", new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/admin/personal-data?id=" + traineeId, new int[] {LOGIN, NO, NO, NO, NO, NO, OK});
        matrix.put("/admin/personal-data?id=0", new int[] {LOGIN, NO, NO, NO, NO, NO, GONE});
        matrix.put("/account/personal-data", new int[] {LOGIN, OK, OK, OK, OK, OK, OK});
        matrix.put("/account/personal-data?person=" + traineeId, new int[] {LOGIN, OK, GONE, GONE, GONE, GONE, OK});
        matrix.put("/account/personal-data?person=1x", new int[] {LOGIN, BAD, BAD, BAD, BAD, BAD, BAD});
        matrix.put("/course-media/ATT-IC/missing.png", new int[] {LOGIN, GONE, GONE, GONE, GONE, GONE, GONE});
        matrix.put("/course-media/ATT-IC/..%2F..%2Fcourse.yaml", new int[] {GONE, GONE, GONE, GONE, GONE, GONE, GONE});
        matrix.put("/trainee/delivery", new int[] {LOGIN, OK, NO, NO, NO, NO, NO});
        matrix.put("/trainee/delivery-files/poster/0", new int[] {LOGIN, GONE, NO, NO, NO, NO, NO});
        matrix.put("/trainee/delivery-files/profile.csv", new int[] {LOGIN, OK, NO, NO, NO, NO, NO});
        matrix.put("/lead/delivery", new int[] {LOGIN, NO, NO, NO, OK, NO, NO});
        matrix.put("/manager/delivery", new int[] {LOGIN, NO, NO, NO, NO, OK, NO});
        matrix.put("/feedback", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/feedback/NOPE2CDE", new int[] {OK, OK, OK, OK, OK, OK, OK});
        matrix.put("/WEB-INF/web.xml", new int[] {GONE, GONE, GONE, GONE, GONE, GONE, GONE});

        List<String> mismatches = new ArrayList<>();
        for (int column = 0; column < COLUMNS.size(); column++) {
            String who = COLUMNS.get(column);
            WebClient client = clientFor(who);
            for (Map.Entry<String, int[]> row : matrix.entrySet()) {
                HttpResponse<String> response = client.get(row.getKey());
                int expected = row.getValue()[column];
                int actual = response.statusCode();
                boolean matches = expected == GONE ? actual == 404 || actual == 403 : actual == expected;
                if (expected == LOGIN && actual == 302) {
                    matches =
                            response.headers().firstValue("Location").orElse("").contains("/login");
                }
                if (!matches) {
                    mismatches.add(who + " " + row.getKey() + ": expected " + expected + ", got " + actual);
                }
                assertSecurityHeaders(row.getKey(), response);
                assertFalse(response.body().contains("at org.attune"), "stack trace shown on " + row.getKey());
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void trainersSeeOnlyTheirOwnOrganisationsCohortsAndTrainees() throws Exception {
        String cohortName = "Matrix Cohort A " + data.tag();
        String traineeEmail = people.get("trainee").email();
        String ownList = clientFor("trainerA").get("/trainer/cohorts").body();
        assertTrue(ownList.contains(cohortName));
        String ownCohort =
                clientFor("trainerA").get("/trainer/cohort?id=" + cohortA).body();
        assertTrue(ownCohort.contains(traineeEmail));

        WebClient other = clientFor("trainerB");
        assertFalse(other.get("/trainer/cohorts").body().contains(cohortName));
        HttpResponse<String> otherCohort = other.get("/trainer/cohort?id=" + cohortA);
        assertEquals(404, otherCohort.statusCode());
        assertFalse(otherCohort.body().contains(traineeEmail));
        assertFalse(otherCohort.body().contains(cohortName));
    }

    @Test
    void courseImagesAreServedToSignedInPeopleOnlyFromTheMediaFolder() throws Exception {
        Path media = Path.of(System.getProperty("attune.test.content"), "infant-communication", "media");
        Files.createDirectories(media);
        Path image = media.resolve("test-" + data.tag() + ".png");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        Files.write(image, png);
        try {
            HttpResponse<String> served = clientFor("trainee").get("/course-media/ATT-IC/" + image.getFileName());
            assertEquals(200, served.statusCode());
            assertEquals(
                    "image/png", served.headers().firstValue("Content-Type").orElse(""));
            assertEquals(
                    302,
                    new WebClient(base)
                            .get("/course-media/ATT-IC/" + image.getFileName())
                            .statusCode());
        } finally {
            Files.deleteIfExists(image);
        }
    }

    private static void assertSecurityHeaders(String path, HttpResponse<String> response) {
        var headers = response.headers();
        assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
        assertTrue(headers.firstValue("Referrer-Policy").isPresent(), path);
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() throws Exception {
        WebClient client = new WebClient(base);
        client.get("/login");
        String before = client.sessionId();
        assertEquals(
                302,
                client.signIn(people.get("admin").email(), TestPeople.PASSWORD).statusCode());
        String after = client.sessionId();
        assertNotEquals(before, after, "the session id must change at sign-in");
        HttpResponse<String> home = client.get("/account/home");
        assertEquals(200, home.statusCode());
        Map<String, String> signOut = new LinkedHashMap<>();
        signOut.put("signOutForm", "signOutForm");
        signOut.put("signOutForm:signOut", "Sign out");
        signOut.putAll(WebClient.postback(home.body()));
        HttpResponse<String> out = client.post("/account/home", signOut, Map.of());
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElse("").contains("login?signedOut=true"));
        assertEquals(302, client.get("/account/home").statusCode(), "still signed in after signing out");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = new WebClient(base).get("/login");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(response.body().contains("jsessionid="), "session id leaked into a URL");
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameMessage() throws Exception {
        String wrongPassword =
                messageOf(new WebClient(base).signIn(people.get("trainee").email(), "not-the-password!"));
        String unknown =
                messageOf(new WebClient(base).signIn("nobody-" + data.tag() + "@example.org", "not-the-password!"));
        assertEquals("The e-mail address or password is not right.", wrongPassword);
        assertEquals(wrongPassword, unknown);
    }

    @Test
    void fiveFailuresPauseTheAccountWithTheSameMessageWhetherOrNotItExists() throws Exception {
        String known = people.get("manager").email();
        String unknown = "ghost-" + data.tag() + "@example.org";
        for (int i = 0; i < 5; i++) {
            new WebClient(base).signIn(known, "not-the-password!");
            new WebClient(base).signIn(unknown, "not-the-password!");
        }
        String knownMessage = messageOf(new WebClient(base).signIn(known, TestPeople.PASSWORD));
        String unknownMessage = messageOf(new WebClient(base).signIn(unknown, TestPeople.PASSWORD));
        assertTrue(knownMessage.startsWith("There have been too many attempts"), knownMessage);
        assertEquals(knownMessage, unknownMessage);
    }

    private static String messageOf(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), "a failed sign-in stays on the form");
        var m = Pattern.compile("class=\"messages__error\"[^>]*>(.*?)</li>", Pattern.DOTALL)
                .matcher(response.body());
        assertTrue(m.find(), "no error message in the page");
        return m.group(1).replaceAll("<[^>]+>", "").strip();
    }

    @Test
    void crossSitePostWithoutAValidViewStateChangesNothing() throws Exception {
        WebClient admin = clientFor("admin");
        String name = "Forged Organisation " + data.tag();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("form:kind_input", "TRAINING");
        form.put("form:name", name);
        form.put("form:save", "");
        form.put("jakarta.faces.ViewState", "-1234567890:987654321");
        HttpResponse<String> forged = admin.post(
                "/admin/organisation",
                form,
                Map.of("Origin", "https://evil.example", "Referer", "https://evil.example/page"));
        assertFalse(
                forged.statusCode() == 302
                        && forged.headers().firstValue("Location").orElse("").endsWith("/admin/organisations"),
                "a forged post was accepted");
        form.remove("jakarta.faces.ViewState");
        admin.post("/admin/organisation", form, Map.of("Origin", "https://evil.example"));
        assertEquals(0, data.count("SELECT COUNT(*) FROM organisation WHERE name = ?", name));

        // the same post with the page's own view state does create it: the form itself works
        String page = admin.get("/admin/organisation").body();
        form.putAll(WebClient.postback(page));
        HttpResponse<String> genuine = admin.post("/admin/organisation", form, Map.of());
        assertEquals(302, genuine.statusCode(), genuine.body());
        assertEquals(1, data.count("SELECT COUNT(*) FROM organisation WHERE name = ?", name));
        try (var c = TestDatabase.dataSource().getConnection();
                var s = c.prepareStatement("DELETE FROM organisation WHERE name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }
}
