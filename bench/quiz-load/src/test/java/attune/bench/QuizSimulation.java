package attune.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * After a warm-up (30 other trainees through the same visit, so that the server runs compiled code, as in
 * production), 200 trainees (bench-trainee-1..N@bench.example, created by bench/quiz-load.sh) sign in while users ramp up, then
 * together each start an attempt at a module quiz, save 10 answers through the requests the quiz page's script sends
 * on every change (thinkMin to thinkMax seconds apart) and submit the page's form. Sign-in is kept out of the quiz phase: its deliberate
 * password hashing would otherwise be measured as quiz latency.
 */
public class QuizSimulation extends Simulation {

    private static final String BASE = System.getProperty("base", "http://localhost:8097");
    private static final int USERS = Integer.getInteger("users", 200);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 80);
    private static final String MODULE = System.getProperty("module", "reading-the-baby");
    private static final String PASSWORD = System.getProperty("password", "bench-trainee-passphrase");
    /** Seconds between answers: 5-15 is someone reading each question; 1-3 is a stress test. */
    private static final int THINK_MIN = Integer.getInteger("thinkMin", 5);
    private static final int THINK_MAX = Integer.getInteger("thinkMax", 15);
    private static final int WARM_UP_USERS = Integer.getInteger("warmUpUsers", 30);
    /** When the measured trainees start the quiz: set by the first of them, after the ramp in which all sign in. */
    private static final java.util.concurrent.atomic.AtomicLong QUIZ_START = new java.util.concurrent.atomic.AtomicLong();

    private static long quizStart() {
        QUIZ_START.compareAndSet(0, System.currentTimeMillis() + (RAMP_SECONDS + 15) * 1000L);
        return QUIZ_START.get();
    }

    /** Radio buttons and checkboxes of the attempt page: field name, the input's id (the ajax source), a value. */
    private static final String CHOICE = "<input[^>]*name=\"(attempt:questions:\\d+:(?:single|multiple))\"[^>]*"
            + "id=\"([^\"]+)\"[^>]*value=\"([^\"]+)\"";

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger NEXT_WARM = new AtomicInteger();

    private static CheckBuilder.Final viewState() {
        return css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState");
    }

    private static Iterator<Map<String, Object>> accounts(String prefix, AtomicInteger counter) {
        return Stream.generate(() -> Map.<String, Object>of("email", prefix + counter.incrementAndGet()
                + "@bench.example")).iterator();
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).disableCaching()
            .acceptHeader("text/html,application/xhtml+xml,application/xml");

    /**
     * One trainee's visit. Request names carry the prefix, so the warm-up's requests are reported apart from the
     * measured ones; only the measured trainees wait for the common start.
     */
    private static ScenarioBuilder visit(String name, String p, Iterator<Map<String, Object>> accounts,
            boolean together) {
        return scenario(name)
            .feed(accounts)
            .exec(http(p + "sign-in page").get("/login").check(viewState()))
            .exec(http(p + "sign in").post("/login")
                    .formParam("login", "login").formParam("login:email", "#{email}")
                    .formParam("login:password", PASSWORD).formParam("login:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .disableFollowRedirect().check(status().is(302)))
            // the measured trainees all start within the same ten seconds, once every one has signed in
            .pause(session -> together ? Duration.ofMillis(Math.max(0, quizStart() - System.currentTimeMillis())
                    + java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000)) : Duration.ZERO)
            .exec(http(p + "quiz page").get("/trainee/quiz?module=" + MODULE).check(viewState()))
            .exec(http(p + "start").post("/trainee/quiz?module=" + MODULE)
                    .formParam("quiz", "quiz").formParam("quiz:start", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .disableFollowRedirect().check(status().is(302), header("Location").saveAs("attempt"),
                            header("Location").transform(l -> l.substring(l.indexOf("id=") + 3)).saveAs("attemptId")))
            .exec(http(p + "attempt page").get("#{attempt}").check(viewState(),
                    regex(CHOICE).captureGroups(3).findAll().saveAs("choices")))
            .exec(session -> {
                // one choice per question, in page order, so the 10 saves answer different questions
                List<List<String>> all = session.getList("choices");
                java.util.LinkedHashMap<String, List<String>> perQuestion = new java.util.LinkedHashMap<>();
                for (List<String> choice : all) {
                    perQuestion.putIfAbsent(choice.get(0), choice);
                }
                return session.set("picked", List.copyOf(perQuestion.values()));
            })
            .exec(repeat(10, "i").on(
                    pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX)),
                    exec(session -> {
                        List<List<String>> picked = session.getList("picked");
                        List<String> choice = picked.get(session.getInt("i") % picked.size());
                        String value = choice.get(2);
                        return session.set("value", value).set("key", value.substring(0, value.lastIndexOf(':')));
                    }),
                    exec(http(p + "save").put("/api/v1/attempts/#{attemptId}/answers/#{key}")
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("X-Attune-Request", "1")
                            .body(StringBody("{\"choices\":[\"#{value}\"]}"))
                            .check(status().is(200), jsonPath("$.status").is("saved")))))
            .pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX))
            .exec(http(p + "submit").post("#{attempt}")
                    .formParam("attempt", "attempt").formParam("attempt:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .disableFollowRedirect().check(status().is(302), header("Location").saveAs("result")))
            .exec(http(p + "result page").get("#{result}").check(status().is(200), regex("Passed|Not passed").exists()));
    }

    {
        setUp(visit("warm-up", "warm-up ", accounts("bench-warm-", NEXT_WARM), false)
                        .injectOpen(rampUsers(WARM_UP_USERS).during(Duration.ofSeconds(30)))
                        .andThen(visit("trainee takes a quiz", "", accounts("bench-trainee-", NEXT), true)
                                .injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS)))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
