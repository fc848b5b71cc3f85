package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Hostile input through every kind of entry point, as each role: query strings of pages, the API (paths, JSON and
 * CSV bodies, invalid UTF-8) and page forms (every text field of every form filled with the value). The corpus is
 * {@code src/test/resources/hostile/inputs.txt}. Whatever arrives, the answer is never a 5xx and never shows a stack
 * trace, and a value that comes back in a page comes back escaped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*name=\"([^\"]+)\"");
    private static final Pattern SELECT = Pattern.compile(
            "<select\\b[^>]*name=\"([^\"]+)\"[^>]*>\\s*(?:<option[^>]*" + "value=\"([^\"]*)\")?", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("<button\\b[^>]*name=\"([^\"]+)\"[^>]*type=\"submit\"");
    private static final List<String> STACK_TRACE = List.of(
            "\tat org.",
            "\tat java.",
            "at java.base/",
            "Exception: ",
            "jakarta.faces.FacesException",
            "org.glassfish.",
            "com.sun.faces.");
    /** Values that would be live markup if a page put them into its HTML unescaped. */
    private static final List<String> ACTIVE_MARKUP = List.of("<script", "<img", "<svg", "<a href");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private TestPeople data;
    private final Map<String, TestPeople.Person> people = new LinkedHashMap<>();
    private long organisation;
    private long cohort;
    private final List<String> problems = new ArrayList<>();
    private int sent;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        organisation = data.organisation("TRAINING", "Hostile Training");
        long employer = data.organisation("EMPLOYER", "Hostile Employer");
        people.put("trainee", data.person("hostile-trainee", organisation, "TRAINEE"));
        people.put("trainer", data.person("hostile-trainer", organisation, "TRAINER"));
        people.put("lead", data.person("hostile-lead", organisation, "LEAD_TRAINER"));
        people.put("manager", data.person("hostile-manager", employer, "MANAGER"));
        people.put("admin", data.person("hostile-admin", null, "ADMINISTRATOR"));
        cohort = data.cohort(
                organisation, "Hostile Cohort", people.get("trainee").id());
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    @Test
    void queryStringsOfPagesAnswerHostileValuesWithoutServerErrorsOrUnescapedEchoes() throws Exception {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(
                "anonymous",
                List.of(
                        "/organisation-profile?id=",
                        "/register?code=",
                        "/verify?number=",
                        "/share/",
                        "/password-choose?token=",
                        "/login?expired=",
                        "/organisations/"));
        pages.put(
                "trainee",
                List.of(
                        "/trainee/module?key=",
                        "/trainee/quiz?module=",
                        "/trainee/attempt?id=",
                        "/trainee/attempt-result?id=",
                        "/account/personal-data?person="));
        pages.put(
                "trainer",
                List.of(
                        "/trainer/cohort?id=",
                        "/trainer/practice?person=",
                        "/trainer/observe?session=",
                        "/trainer/trainee-quizzes?person=",
                        "/trainer/quiz-statistics?module="));
        pages.put(
                "admin",
                List.of(
                        "/admin/person?id=",
                        "/admin/organisation?id=",
                        "/admin/accreditation?id=",
                        "/admin/audit?text=",
                        "/admin/audit?page=",
                        "/admin/personal-data?id="));
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            WebClient client = client(role.getKey());
            for (String page : role.getValue()) {
                for (String value : corpus(10_000)) {
                    String where = role.getKey() + " GET " + page + shortly(value);
                    attempt(where, value, () -> client.get(page + URLEncoder.encode(value, StandardCharsets.UTF_8)));
                }
            }
        }
        assertNoProblems();
    }

    @Test
    void apiEndpointsAnswerHostileValuesWithProblemDetailsNotServerErrors() throws Exception {
        WebClient trainee = client("trainee");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<String, String> page = Map.of("X-Attune-Request", "1");
        for (String value : corpus(100_000)) {
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            if (encoded.length() < 20_000) {
                attempt(
                        "GET certificate " + shortly(value),
                        value,
                        () -> trainee.get("/api/v1/certificates/" + encoded));
                attempt("GET key " + shortly(value), value, () -> trainee.get("/api/v1/keys/" + encoded));
                attempt(
                        "PUT answer path " + shortly(value),
                        value,
                        () -> trainee.putJson(
                                "/api/v1/attempts/" + encoded + "/answers/" + encoded, "{\"choices\":[]}", page));
            }
            attempt(
                    "PUT answer choices " + shortly(value),
                    value,
                    () -> trainee.putJson("/api/v1/attempts/1/answers/x", "{\"choices\":[" + json(value) + "]}", page));
            attempt(
                    "PUT answer body " + shortly(value),
                    value,
                    () -> trainee.putJson("/api/v1/attempts/1/answers/x", value, page));
            attempt(
                    "POST verifications " + shortly(value),
                    value,
                    () -> http.send(
                            HttpRequest.newBuilder(URI.create(root() + "/api/v1/verifications"))
                                    .header(
                                            "Authorization",
                                            "Bearer "
                                                    + (value.length() > 200
                                                            ? "x"
                                                            : value.replaceAll("[^\\x21-\\x7e]", "")))
                                    .header("Content-Type", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofString(value))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
        }
        byte[] invalidUtf8 = {
            '{', '"', 'c', 'h', 'o', 'i', 'c', 'e', 's', '"', ':', '[', '"', (byte) 0xC3, (byte) 0x28, '"', ']', '}'
        };
        attempt(
                "PUT answer with invalid UTF-8",
                "",
                () -> http.send(
                        HttpRequest.newBuilder(URI.create(root() + "/api/v1/attempts/1/answers/x"))
                                .header("Content-Type", "application/json")
                                .header("X-Attune-Request", "1")
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
        assertNoProblems();
    }

    @Test
    void everyFormAnswersHostileValuesInEveryFieldAndShowsWhatItKeptEscaped() throws Exception {
        int organisationsBefore = data.count("SELECT COALESCE(MAX(id), 0) FROM organisation");
        int cohortsBefore = data.count("SELECT COALESCE(MAX(id), 0) FROM cohort");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("anonymous", List.of("/login", "/password-reset", "/verify"));
        pages.put("trainee", List.of("/trainee/practice"));
        pages.put("lead", List.of("/trainer/cohorts", "/trainer/cohort?id=" + cohort, "/lead/accreditation"));
        pages.put("manager", List.of("/manager/facilitators", "/manager/tokens", "/manager/bulk"));
        pages.put(
                "admin",
                List.of(
                        "/admin/organisation",
                        "/admin/person?id=" + people.get("trainee").id(),
                        "/admin/audit",
                        "/admin/personal-data?id=" + people.get("trainee").id()));
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            for (String page : role.getValue()) {
                WebClient client = client(role.getKey());
                List<String> values = corpus(Integer.MAX_VALUE);
                // sign-in failures count against the test machine's address: a few, not the whole corpus
                for (String value : page.equals("/login") ? values.subList(0, 10) : values) {
                    postEveryForm(client, role.getKey(), page, value);
                }
                for (String value : List.of("<script>alert(1)</script>", "#{1+1}")) {
                    HttpResponse<String> again = client.get(page);
                    check(role.getKey() + " GET " + page + " after the posts", value, again);
                }
            }
        }
        for (String shown : List.of("/organisations", "/admin/organisations", "/admin/people", "/admin/audit")) {
            HttpResponse<String> listing = client("admin").get(shown);
            check("admin GET " + shown + " after the posts", "<script>alert(1)</script>", listing);
            check("admin GET " + shown + " after the posts", "'><img src=x onerror=alert(1)>", listing);
        }
        // nothing kept half-way: whatever a post created was created with its audit event, in one transaction
        assertEquals(
                0,
                data.count(
                        "SELECT COUNT(*) FROM organisation o WHERE o.id > ? AND NOT EXISTS (SELECT 1 FROM"
                                + " audit_event e WHERE e.action = 'ORGANISATION_CREATED'"
                                + " AND e.subject = CONCAT('organisation:', o.id))",
                        organisationsBefore),
                "an organisation saved without its audit event");
        assertEquals(
                0,
                data.count(
                        "SELECT COUNT(*) FROM cohort c WHERE c.id > ? AND NOT EXISTS (SELECT 1 FROM"
                                + " audit_event e WHERE e.action = 'COHORT_CREATED' AND e.subject = CONCAT('cohort:', c.id))",
                        cohortsBefore),
                "a cohort saved without its audit event");
        assertEquals(
                0,
                data.count(
                        "SELECT COUNT(*) FROM organisation WHERE id > ?"
                                + " AND (name IS NULL OR TRIM(name) = '' OR CHAR_LENGTH(name) > 200)",
                        organisationsBefore),
                "an organisation saved with a blank or cut name");
        assertNoProblems();
        assertTrue(sent >= 300, "only " + sent + " hostile requests were sent");
    }

    @Test
    void malformedMultipartUploadsAreRefusedWithoutServerErrors() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<String, String> pages = Map.of("/manager/bulk", "manager", "/trainer/cohort?id=" + cohort, "lead");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String session = client(page.getValue()).sessionId();
            for (String body : List.of(
                    "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end",
                    "not multipart at all",
                    "--\r\n\r\n--")) {
                attempt(
                        page.getValue() + " POST malformed multipart to " + page.getKey(),
                        "",
                        () -> http.send(
                                HttpRequest.newBuilder(URI.create(root() + page.getKey()))
                                        .header("Cookie", "JSESSIONID=" + session)
                                        .header("Content-Type", "multipart/form-data; boundary=x")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
            }
        }
        assertNoProblems();
    }

    @Test
    void aFormPostedWithoutThePagesNonceGoesBackToThePageInsteadOfFailing() throws Exception {
        WebClient client = client("anonymous");
        String page = client.get("/password-reset").body();
        Matcher form = FORM.matcher(page);
        assertTrue(form.find(), "no form on /password-reset");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
        Matcher hidden = INPUT.matcher(form.group(2));
        while (hidden.find()) {
            if ("hidden".equals(attribute(hidden.group(), "type")) && attribute(hidden.group(), "name") != null) {
                fields.put(
                        attribute(hidden.group(), "name"),
                        unescape(String.valueOf(attribute(hidden.group(), "value"))));
            }
        }
        Matcher button = BUTTON.matcher(form.group(2));
        assertTrue(button.find());
        fields.put(button.group(1), "");
        fields.remove("primefaces.nonce");
        HttpResponse<String> answer = client.post("/password-reset", fields, Map.of());
        check("anonymous POST /password-reset without the nonce", "", answer);
        assertNoProblems();
        assertTrue(
                answer.statusCode() == 302 || answer.statusCode() == 303 || answer.statusCode() == 200,
                "answered " + answer.statusCode());
    }

    private void postEveryForm(WebClient client, String role, String page, String value) throws Exception {
        HttpResponse<String> shown = client.get(page);
        check(role + " GET " + page, "", shown);
        Matcher forms = FORM.matcher(shown.body());
        while (forms.find()) {
            String attributes = forms.group(1);
            String id = attribute(attributes, "id");
            if (id == null || id.toLowerCase().contains("signout") || !attributes.contains("method=\"post\"")) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            boolean hasText = false;
            Matcher inputs = INPUT.matcher(forms.group(2));
            while (inputs.find()) {
                String input = inputs.group();
                String name = attribute(input, "name");
                String type = attribute(input, "type");
                if (name == null || "file".equals(type) || "checkbox".equals(type) || "radio".equals(type)) {
                    continue;
                }
                if ("hidden".equals(type)) {
                    String hidden = attribute(input, "value");
                    fields.put(name, hidden == null ? "" : unescape(hidden));
                } else {
                    fields.put(name, value);
                    hasText = true;
                }
            }
            Matcher textareas = TEXTAREA.matcher(forms.group(2));
            while (textareas.find()) {
                fields.put(textareas.group(1), value);
                hasText = true;
            }
            Matcher selects = SELECT.matcher(forms.group(2));
            while (selects.find()) {
                fields.put(selects.group(1), selects.group(2) == null ? value : unescape(selects.group(2)));
            }
            Matcher button = BUTTON.matcher(forms.group(2));
            if (!hasText || !button.find()) {
                continue;
            }
            fields.put(button.group(1), "");
            Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(shown.body());
            if (nonce.find()) { // what PrimeFaces' script adds to every post, as a browser would send it
                fields.put("primefaces.nonce", nonce.group(1));
            }
            String action = attribute(attributes, "action");
            String target = action == null
                    ? page
                    : unescape(action)
                            .replaceFirst("^https?://[^/]+", "")
                            .replaceFirst("^" + Pattern.quote(URI.create(root()).getPath()), "");
            attempt(
                    role + " POST " + page + " form " + id + shortly(value),
                    value,
                    () -> client.post(target.isEmpty() ? page : target, fields, Map.of()));
        }
    }

    /** A request that may fail to get any answer (a reset connection, a time-out): that is a problem too. */
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private void attempt(String where, String value, Request request) {
        HttpResponse<String> response;
        try {
            response = request.send();
        } catch (IOException e) {
            sent++;
            problems.add(where + ": no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return;
        } catch (Exception e) {
            throw new IllegalStateException(where + ": the test could not send the request", e);
        }
        check(where, value, response);
    }

    private void check(String where, String value, HttpResponse<String> response) {
        sent++;
        String body = response.body() == null ? "" : response.body();
        if (response.statusCode() >= 500) {
            problems.add(where + ": answered " + response.statusCode());
        }
        for (String mark : STACK_TRACE) {
            if (body.contains(mark)) {
                problems.add(where + ": the answer shows \"" + mark + "\" (a stack trace or internal name)");
                break;
            }
        }
        if (value.length() < 200 && ACTIVE_MARKUP.stream().anyMatch(value::contains) && body.contains(value)) {
            problems.add(where + ": the value came back unescaped");
        }
        response.headers()
                .firstValue("Location")
                .filter(l -> l.length() > 2_000)
                .ifPresent(l -> problems.add(where + ": a " + l.length() + "-character Location header"));
    }

    private void assertNoProblems() {
        assertEquals(
                List.of(),
                problems.size() > 40 ? problems.subList(0, 40) : problems,
                problems.size() + " problem(s) in " + sent + " hostile requests");
    }

    private WebClient client(String role) throws Exception {
        WebClient client = new WebClient(base);
        if (!role.equals("anonymous")) {
            HttpResponse<String> response = client.signIn(people.get(role).email(), TestPeople.PASSWORD);
            assertEquals(302, response.statusCode(), role + " could not sign in");
        }
        return client;
    }

    private String root() {
        String b = base.toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** The corpus, each value at most {@code longest} characters long (long ones are left out of URLs). */
    static List<String> corpus(int longest) throws Exception {
        List<String> values = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                HostileInputIT.class.getResourceAsStream("/hostile/inputs.txt"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("# ")) {
                    continue;
                }
                String value = line.equals("{LONG}")
                        ? "x".repeat(1_000_000)
                        : line.equals("{BIG}") ? "y".repeat(2_500_000) : unescapeCorpus(line);
                if (value.length() <= longest) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static String unescapeCorpus(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'");
    }

    private static String shortly(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "... (" + value.length() + " chars)" : value;
        return " [" + shown.replaceAll("[\\p{Cntrl}]", "?") + "]";
    }
}
