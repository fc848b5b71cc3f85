package attune.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The capacity push (bench/quiz-capacity.sh): trainees join in steps of {@code stepUsers}, each step's sign-ins spread
 * over {@code rampSeconds} at the start of a {@code stepSeconds} window, and every trainee who has joined stays in the
 * quiz until the end, saving an answer every thinkMin to thinkMax seconds (Moodle's pace: 30-90 s), then submits. So
 * the number of trainees in the quiz grows by one step per window. Each save is named after the window it is sent in:
 * "save @N" while N trainees are all in (the window after its ramp), "save, ramping to N" during the ramp, and "save
 * while all submit" after the last window; the script reads the p95 of each and reports the largest N whose saves
 * stayed under 150 ms.
 */
public class CapacitySimulation extends Simulation {

    private static final String BASE = System.getProperty("base", "http://localhost:8097");
    private static final String MODULE = System.getProperty("module", "reading-the-baby");
    private static final String PASSWORD = System.getProperty("password", "bench-trainee-passphrase");
    private static final int STEP_USERS = Integer.getInteger("stepUsers", 500);
    private static final int STEPS = Integer.getInteger("steps", 6);
    private static final int STEP_SECONDS = Integer.getInteger("stepSeconds", 300);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 150);
    private static final int THINK_MIN = Integer.getInteger("thinkMin", 30);
    private static final int THINK_MAX = Integer.getInteger("thinkMax", 90);

    private static final String CHOICE = "<input[^>]*name=\"(attempt:questions:\\d+:(?:single|multiple))\"[^>]*"
            + "id=\"([^\"]+)\"[^>]*value=\"([^\"]+)\"";
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** When the first trainee was injected: the windows are counted from it. */
    private static final AtomicLong START = new AtomicLong();

    /** Where the start is written (epoch milliseconds), so that the script can match its samples to the windows. */
    private static final String START_FILE = System.getProperty("startFile", "");

    private static long elapsedMillis() {
        long now = System.currentTimeMillis();
        if (START.compareAndSet(0, now) && !START_FILE.isEmpty()) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(START_FILE), Long.toString(now));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return now - START.get();
    }

    /**
     * The name of a save sent now: after which window's ramp it falls, and so how many trainees are in. A trainee's
     * last save can come up to thinkMax seconds after the last window, while the others submit: those saves are
     * named apart, since every trainee submitting within the same minute is a burst of its own, not the steady pace.
     */
    private static String saveName() {
        long ms = elapsedMillis();
        if (ms >= STEPS * STEP_SECONDS * 1000L) {
            return "save while all submit";
        }
        int window = (int) (ms / (STEP_SECONDS * 1000L));
        int population = (window + 1) * STEP_USERS;
        boolean ramping = ms - window * STEP_SECONDS * 1000L < RAMP_SECONDS * 1000L;
        return ramping ? "save, ramping to " + population : "save @" + population;
    }

    private static boolean quizGoesOn() {
        return elapsedMillis() < STEPS * STEP_SECONDS * 1000L;
    }

    private static CheckBuilder.Final viewState() {
        return css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState");
    }

    private static Iterator<Map<String, Object>> accounts() {
        return Stream.generate(() -> Map.<String, Object>of(
                        "email", "bench-trainee-" + NEXT.incrementAndGet() + "@bench.example"))
                .iterator();
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .disableCaching()
            .acceptHeader("text/html,application/xhtml+xml,application/xml");

    private static ScenarioBuilder trainee() {
        return scenario("trainee joins the quiz")
                .feed(accounts())
                .exec(session -> {
                    elapsedMillis();
                    return session;
                })
                .exec(http("sign-in page").get("/login").check(viewState()))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("login", "login")
                        .formParam("login:email", "#{email}")
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .disableFollowRedirect()
                        .check(status().is(302)))
                .exec(http("quiz page").get("/trainee/quiz?module=" + MODULE).check(viewState()))
                .exec(http("start")
                        .post("/trainee/quiz?module=" + MODULE)
                        .formParam("quiz", "quiz")
                        .formParam("quiz:start", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location").saveAs("attempt"),
                                header("Location")
                                        .transform(l -> l.substring(l.indexOf("id=") + 3))
                                        .saveAs("attemptId")))
                .exec(http("attempt page")
                        .get("#{attempt}")
                        .check(viewState(), regex(CHOICE).captureGroups(3).findAll().saveAs("choices")))
                .exec(session -> {
                    List<List<String>> all = session.getList("choices");
                    LinkedHashMap<String, List<String>> perQuestion = new LinkedHashMap<>();
                    for (List<String> choice : all) {
                        perQuestion.putIfAbsent(choice.get(0), choice);
                    }
                    return session.set("picked", List.copyOf(perQuestion.values())).set("i", 0);
                })
                .exec(asLongAs(session -> quizGoesOn())
                        .on(
                                pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX)),
                                exec(session -> {
                                    List<List<String>> picked = session.getList("picked");
                                    int i = session.getInt("i");
                                    String value = picked.get(i % picked.size()).get(2);
                                    return session.set("i", i + 1)
                                            .set("value", value)
                                            .set("key", value.substring(0, value.lastIndexOf(':')))
                                            .set("saveName", saveName());
                                }),
                                exec(http("#{saveName}")
                                        .put("/api/v1/attempts/#{attemptId}/answers/#{key}")
                                        .header("Content-Type", "application/json")
                                        .header("Accept", "application/json")
                                        .header("X-Attune-Request", "1")
                                        .body(StringBody("{\"choices\":[\"#{value}\"]}"))
                                        .check(status().is(200), jsonPath("$.status").is("saved")))))
                .exec(http("submit")
                        .post("#{attempt}")
                        .formParam("attempt", "attempt")
                        .formParam("attempt:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .disableFollowRedirect()
                        .check(status().is(302)));
    }

    {
        List<OpenInjectionStep> steps = new ArrayList<>();
        for (int s = 0; s < STEPS; s++) {
            steps.add(rampUsers(STEP_USERS).during(Duration.ofSeconds(RAMP_SECONDS)));
            steps.add(nothingFor(Duration.ofSeconds(STEP_SECONDS - RAMP_SECONDS)));
        }
        setUp(trainee().injectOpen(steps)).protocols(protocol);
    }
}
