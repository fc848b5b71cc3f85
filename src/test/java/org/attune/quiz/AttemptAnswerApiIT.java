package org.attune.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
 * The attempt page's autosave over HTTP, as the page's script calls it: saved answers, refused tampering with problem
 * details, the CSRF header, other trainees and other roles, and answers after submission.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttemptAnswerApiIT {

    private static final Pattern CHOICE =
            Pattern.compile("<input[^>]*name=\"attempt:questions:\\d+:(?:single|multiple)\"[^>]*value=\"([^\"]+)\"");
    private static final Map<String, String> CSRF = Map.of("X-Attune-Request", "1");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private TestPeople data;
    private TestPeople.Person trainee;
    private TestPeople.Person other;
    private TestPeople.Person trainer;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        long organisation = data.organisation("TRAINING", "Quiz Api Training");
        trainee = data.person("api-trainee", organisation, "TRAINEE");
        other = data.person("api-other", organisation, "TRAINEE");
        trainer = data.person("api-trainer", organisation, "TRAINER");
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    private WebClient signedIn(TestPeople.Person person) throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(person.email(), TestPeople.PASSWORD).statusCode());
        return client;
    }

    /** Starts an attempt through the quiz page; returns its id and the attempt page's choice tokens. */
    private Started start(WebClient client) throws Exception {
        String page = client.get("/trainee/quiz?module=baby-as-a-person").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("quiz", "quiz");
        form.put("quiz:start", "");
        form.putAll(WebClient.postback(page));
        HttpResponse<String> started = client.post("/trainee/quiz?module=baby-as-a-person", form, Map.of());
        assertEquals(302, started.statusCode());
        String location = started.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.indexOf("id=") + 3));
        String attemptPage = client.get("/trainee/attempt?id=" + id).body();
        List<String> tokens = new ArrayList<>();
        Matcher m = CHOICE.matcher(attemptPage);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        assertTrue(tokens.size() >= 2, "the attempt page shows choices");
        return new Started(id, tokens, attemptPage);
    }

    private record Started(long id, List<String> tokens, String page) {
        String key(int i) {
            return tokens.get(i).substring(0, tokens.get(i).indexOf(':'));
        }
    }

    private static String path(Started s, String key) {
        return "/api/v1/attempts/" + s.id() + "/answers/" + key;
    }

    private static String body(String... tokens) {
        return "{\"choices\":["
                + String.join(
                        ",", Arrays.stream(tokens).map(t -> "\"" + t + "\"").toList()) + "]}";
    }

    private int answered(Started s) throws Exception {
        return data.count("SELECT COUNT(*) FROM attempt_question WHERE attempt_id = ? AND answer IS NOT NULL", s.id());
    }

    @Test
    void anAnswerIsSavedAndTheCountOfAnsweredQuestionsComesBack() throws Exception {
        WebClient client = signedIn(trainee);
        Started s = start(client);
        HttpResponse<String> saved =
                client.putJson(path(s, s.key(0)), body(s.tokens().get(0)), CSRF);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("{\"answered\":1,\"status\":\"saved\"}", saved.body().replace(" ", ""));
        assertEquals(1, answered(s));
    }

    @Test
    void aSaveThatArrivesAfterANewerOneOfTheSameQuestionIsIgnoredAndTheNewestAnswerStays() throws Exception {
        WebClient client = signedIn(trainee);
        Started s = start(client);
        String key = s.key(0);
        String choice = s.tokens().get(0);
        // the trainee ticked a choice (save 1) and then another change (save 2); save 2 overtakes save 1
        HttpResponse<String> newer =
                client.putJson(path(s, key), "{\"choices\":[\"" + choice + "\"],\"sequence\":2}", CSRF);
        assertEquals(200, newer.statusCode(), newer.body());
        assertTrue(newer.body().contains("\"saved\""), newer.body());
        HttpResponse<String> older = client.putJson(path(s, key), "{\"choices\":[],\"sequence\":1}", CSRF);
        assertEquals(200, older.statusCode(), older.body());
        assertTrue(older.body().contains("\"superseded\""), older.body());
        assertEquals(1, answered(s), "the late, older save did not clear the newer answer");
        assertEquals(
                2,
                data.count(
                        "SELECT answer_sequence FROM attempt_question WHERE attempt_id = ?" + " AND question_key = ?",
                        s.id(),
                        key));
        HttpResponse<String> next = client.putJson(path(s, key), "{\"choices\":[],\"sequence\":3}", CSRF);
        assertTrue(next.body().contains("\"saved\""), next.body());
        assertEquals(0, answered(s), "a newer save still changes the answer");
        HttpResponse<String> negative = client.putJson(path(s, key), "{\"choices\":[],\"sequence\":-1}", CSRF);
        assertEquals(400, negative.statusCode(), negative.body());
    }

    @Test
    void withoutTheCsrfHeaderOrFromAnotherOriginNothingIsSaved() throws Exception {
        WebClient client = signedIn(trainee);
        Started s = start(client);
        HttpResponse<String> noHeader =
                client.putJson(path(s, s.key(0)), body(s.tokens().get(0)), Map.of());
        assertEquals(403, noHeader.statusCode());
        assertTrue(noHeader.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> foreign = client.putJson(
                path(s, s.key(0)),
                body(s.tokens().get(0)),
                Map.of("X-Attune-Request", "1", "Origin", "https://evil.example"));
        assertEquals(403, foreign.statusCode());
        assertEquals(0, answered(s));
    }

    @Test
    void aMadeUpBearerTokenNeitherSkipsTheForgeryCheckNorActsWithTheSessionCookie() throws Exception {
        WebClient client = signedIn(trainee);
        Started s = start(client);
        HttpResponse<String> forged = client.putJson(
                path(s, s.key(0)),
                body(s.tokens().get(0)),
                Map.of("Authorization", "Bearer junk", "Origin", "https://evil.example"));
        assertTrue(forged.statusCode() == 401 || forged.statusCode() == 403, "status " + forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> withTheHeaderToo = client.putJson(
                path(s, s.key(0)),
                body(s.tokens().get(0)),
                Map.of("Authorization", "Bearer junk", "X-Attune-Request", "1"));
        assertEquals(401, withTheHeaderToo.statusCode(), "the cookie does not authenticate a bearer request");
        assertEquals(0, answered(s));
    }

    @Test
    void aChoiceOfAnotherQuestionIsRefusedWithProblemDetails() throws Exception {
        WebClient client = signedIn(trainee);
        Started s = start(client);
        String otherQuestionsToken = s.tokens().stream()
                .filter(t -> !t.startsWith(s.key(0) + ":"))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> refused = client.putJson(path(s, s.key(0)), body(otherQuestionsToken), CSRF);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("is not one of the choices of question " + s.key(0)), refused.body());
        HttpResponse<String> notInAttempt =
                client.putJson(path(s, "no-such-question"), body("no-such-question:0"), CSRF);
        assertEquals(400, notInAttempt.statusCode());
        assertTrue(notInAttempt.body().contains("is not part of this attempt"), notInAttempt.body());
        HttpResponse<String> garbage = client.putJson(path(s, s.key(0)), "{not json", CSRF);
        assertEquals(400, garbage.statusCode());
        assertTrue(garbage.body().contains("\"status\":400"), garbage.body());
        assertEquals(0, answered(s));
    }

    @Test
    void anotherTraineesAttemptIsNotFoundAndOtherRolesAreRefused() throws Exception {
        Started s = start(signedIn(trainee));
        HttpResponse<String> otherTrainee =
                signedIn(other).putJson(path(s, s.key(0)), body(s.tokens().get(0)), CSRF);
        assertEquals(404, otherTrainee.statusCode());
        HttpResponse<String> asTrainer =
                signedIn(trainer).putJson(path(s, s.key(0)), body(s.tokens().get(0)), CSRF);
        assertEquals(403, asTrainer.statusCode());
        HttpResponse<String> anonymous =
                new WebClient(base).putJson(path(s, s.key(0)), body(s.tokens().get(0)), CSRF);
        assertNotEquals(200, anonymous.statusCode());
        assertEquals(0, answered(s));
    }

    @Test
    void afterSubmissionAnAnswerIsRefusedWithWhereToGoNext() throws Exception {
        WebClient client = signedIn(trainee);
        Started s = start(client);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("attempt", "attempt");
        form.put("attempt:submit", "");
        form.putAll(WebClient.postback(s.page()));
        assertEquals(
                302,
                client.post("/trainee/attempt?id=" + s.id(), form, Map.of()).statusCode());
        HttpResponse<String> late =
                client.putJson(path(s, s.key(0)), body(s.tokens().get(0)), CSRF);
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("trainee/attempt-result?id=" + s.id()), late.body());
        assertEquals(0, answered(s));
    }
}
