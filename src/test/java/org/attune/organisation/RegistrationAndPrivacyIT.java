package org.attune.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
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
 * What the deployed application does with data through its public doors: six people registering through one
 * invitation at once, the public profile of accredited and non-accredited organisations, and caching of signed-in
 * pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationAndPrivacyIT {

    private static final int AT_ONCE = 6;
    private static final Pattern RESOURCE = Pattern.compile("(/[^\"]*jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private final DataSource database = TestDatabase.dataSource();
    private TestPeople data;

    @BeforeEach
    void createData() {
        data = new TestPeople(database);
    }

    @AfterEach
    void removeData() throws Exception {
        data.close();
    }

    @Test
    void sixRegistrationsThroughOneInvitationAtOnceAllSucceedAndEachLandsSignedInOnTheirDashboard() throws Exception {
        long organisation = data.organisation("TRAINING", "Rush Training");
        TestPeople.Person lead = data.person("rush-lead", organisation, "TRAINER", "LEAD_TRAINER");
        long cohort = data.cohort(organisation, "Rush Cohort");
        String code = "RUSH" + data.tag().toUpperCase().replaceAll("[^A-Z0-9]", "X");
        try (Connection c = database.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO invitation (cohort_id, code, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, cohort);
            ps.setString(2, code);
            ps.setLong(3, lead.id());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setTimestamp(5, Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
            ps.executeUpdate();
        }
        CountDownLatch formsOpen = new CountDownLatch(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        List<WebClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                String email = "rush" + i + "-" + data.tag() + "@example.org";
                WebClient client = new WebClient(base);
                clients.add(client);
                answers.add(pool.submit(() -> {
                    String page = client.get("/register?code=" + code).body();
                    formsOpen.countDown();
                    go.await(60, TimeUnit.SECONDS);
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("form", "form");
                    form.put("form:name", "Rush Trainee");
                    form.put("form:email", email);
                    form.put("form:password", TestPeople.PASSWORD);
                    form.put("form:confirmation", TestPeople.PASSWORD);
                    form.put("form:register", "");
                    form.putAll(WebClient.postback(page));
                    return client.post("/register?code=" + code, form, Map.of());
                }));
            }
            assertTrue(formsOpen.await(60, TimeUnit.SECONDS), "every registration form opened");
            go.countDown();
            for (int i = 0; i < AT_ONCE; i++) {
                HttpResponse<String> response = answers.get(i).get(120, TimeUnit.SECONDS);
                assertEquals(302, response.statusCode(), response.body());
                assertTrue(
                        response.headers().firstValue("Location").orElse("").contains("trainee/dashboard"),
                        "registration signs in and lands on the dashboard: "
                                + response.headers().map());
                HttpResponse<String> dashboard = clients.get(i).get("/trainee/dashboard");
                assertEquals(200, dashboard.statusCode(), "the new trainee is signed in");
                assertTrue(dashboard.body().contains("Rush Trainee"), "the dashboard is theirs");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(AT_ONCE, data.count("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?", cohort));
        assertEquals(
                AT_ONCE,
                data.count("SELECT COUNT(*) FROM person WHERE email LIKE ?", "rush_-" + data.tag() + "@example.org"));
        assertEquals(
                AT_ONCE,
                data.count(
                        "SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id"
                                + " WHERE p.email LIKE ? AND m.organisation_id = ?",
                        "rush_-" + data.tag() + "@example.org",
                        organisation));
    }

    @Test
    void publicProfilesNameNoTrainersAndNoCohortsWhetherAccreditedOrNot() throws Exception {
        long accredited = data.organisation("TRAINING", "Open Training");
        long notAccredited = data.organisation("TRAINING", "Quiet Training");
        new Certifiable(database)
                .accredit(
                        accredited,
                        "ACCREDITED",
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(365)));
        for (long organisation : new long[] {accredited, notAccredited}) {
            TestPeople.Person trainer = data.person("profile-trainer-" + organisation, organisation, "TRAINER");
            TestPeople.Person lead =
                    data.person("profile-lead-" + organisation, organisation, "TRAINER", "LEAD_TRAINER");
            TestPeople.Person trainee = data.person("profile-trainee-" + organisation, organisation, "TRAINEE");
            data.cohort(organisation, "Profile Cohort " + organisation, trainee.id());
            HttpResponse<String> page = new WebClient(base).get("/organisations/" + organisation);
            assertEquals(200, page.statusCode());
            String body = page.body();
            assertTrue(body.contains(data.tag()), "the organisation's name is shown");
            for (String secret : List.of(
                    "Test profile-trainer-" + organisation,
                    "Test profile-lead-" + organisation,
                    "Test profile-trainee-" + organisation,
                    "Profile Cohort " + organisation,
                    trainer.email(),
                    lead.email(),
                    trainee.email())) {
                assertFalse(body.contains(secret), "the public page shows " + secret);
            }
            assertTrue(
                    body.contains(
                            organisation == accredited ? "accredited as communication-focused" : "not accredited"),
                    "the status is shown");
        }
        String directory = new WebClient(base).get("/organisations").body();
        assertTrue(directory.contains("Open Training " + data.tag()));
        assertFalse(directory.contains("Quiet Training " + data.tag()));
        assertFalse(directory.contains("Test profile-"), "the directory names no people");
    }

    @Test
    void signedInPagesAreNotStoredWhileStaticResourcesStayCacheable() throws Exception {
        long organisation = data.organisation("TRAINING", "Cache Training");
        TestPeople.Person trainee = data.person("cache-trainee", organisation, "TRAINEE");
        WebClient anonymous = new WebClient(base);
        HttpResponse<String> home = anonymous.get("/");
        assertFalse(
                home.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "a public page for nobody signed in may be cached");
        Matcher resource = RESOURCE.matcher(home.body());
        assertTrue(resource.find(), "the home page links a style sheet");
        String resourcePath = resource.group(1).replace("&amp;", "&");
        String contextPath = base.getPath().replaceAll("/$", "");
        resourcePath =
                resourcePath.startsWith(contextPath) ? resourcePath.substring(contextPath.length()) : resourcePath;

        WebClient signedIn = new WebClient(base);
        assertEquals(302, signedIn.signIn(trainee.email(), TestPeople.PASSWORD).statusCode());
        HttpResponse<String> account = signedIn.get("/account/home");
        assertEquals(200, account.statusCode());
        assertEquals("no-store", account.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> homeSignedIn = signedIn.get("/");
        assertEquals(
                "no-store",
                homeSignedIn.headers().firstValue("Cache-Control").orElse(""),
                "a public page shown to someone signed in carries their name");

        for (WebClient client : List.of(anonymous, signedIn)) {
            HttpResponse<String> css = client.get(resourcePath);
            assertEquals(200, css.statusCode(), resourcePath);
            assertFalse(
                    css.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                    resourcePath + " " + css.headers().map());
        }
    }
}
