package org.attune.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.attune.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /openapi} on a fresh deployment, as its very first request (it once answered 500 then): every JAX-RS
 * resource method of the application is in the document with a summary, a description and documented responses,
 * the bearer scheme guards the API-token endpoints, and the certificate number is described by its pattern. This
 * class has the only test method so that nothing else reaches the server before it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // at the root context, as in production: Payara serves /openapi at the server's root
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(Deployments.attune());
    }

    @ArquillianResource
    private URL base;

    @Test
    void theFirstCallAnswersADocumentDescribingEveryResourceMethodWithItsResponsesAndSecurity() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String root = base.toString().replaceAll("/$", "");
        HttpResponse<String> first = http.send(
                HttpRequest.newBuilder(URI.create(root + "/openapi"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), first.body());
        JsonObject doc = Json.createReader(new StringReader(first.body())).readObject();
        JsonObject paths = doc.getJsonObject("paths");

        List<String> problems = new ArrayList<>();
        List<Method> methods = resourceMethods();
        assertTrue(methods.size() >= 8, "found only " + methods.size() + " resource methods");
        for (Method m : methods) {
            String path = pathOf(m);
            String verb = verbOf(m);
            JsonObject item = paths.containsKey(path) ? paths.getJsonObject(path) : null;
            JsonObject op = item == null || !item.containsKey(verb) ? null : item.getJsonObject(verb);
            String where = verb.toUpperCase(Locale.ROOT) + " " + path + " ("
                    + m.getDeclaringClass().getSimpleName() + "." + m.getName() + ")";
            if (op == null) {
                problems.add(where + ": missing");
                continue;
            }
            if (op.getString("summary", "").isBlank()
                    || op.getString("description", "").isBlank()) {
                problems.add(where + ": no summary or description");
            }
            JsonObject responses = op.getJsonObject("responses");
            if (responses == null || responses.isEmpty() || responses.containsKey("default")) {
                problems.add(where + ": responses not documented " + responses);
                continue;
            }
            for (String code : responses.keySet()) {
                String description = responses.getJsonObject(code).getString("description", "");
                if (description.isBlank() || description.equals("Default Response")) {
                    problems.add(where + ": response " + code + " has no description");
                }
            }
            for (JsonValue p :
                    op.getJsonArray("parameters") == null ? List.<JsonValue>of() : op.getJsonArray("parameters")) {
                if (p.asJsonObject().getString("description", "").isBlank()) {
                    problems.add(where + ": parameter " + p.asJsonObject().getString("name") + " undescribed");
                }
            }
        }
        assertEquals(List.of(), problems, "operations not fully documented: " + first.body());

        JsonObject bearer =
                doc.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("apiToken");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));
        for (String[] guarded : new String[][] {{"/api/v1/verifications", "post"}, {"/api/v1/webhook-events", "get"}}) {
            String security = paths.getJsonObject(guarded[0])
                    .getJsonObject(guarded[1])
                    .getJsonArray("security")
                    .toString();
            assertTrue(security.contains("apiToken"), guarded[0] + " security: " + security);
        }
        JsonObject verify = paths.getJsonObject("/api/v1/certificates/{number}").getJsonObject("get");
        String parameters = verify.getJsonArray("parameters").toString();
        assertTrue(parameters.contains("ATT-[0-9A-HJKMNP-TV-Z]{4}"), "no number pattern: " + parameters);
        JsonObject notFound = verify.getJsonObject("responses").getJsonObject("404");
        assertTrue(notFound.getJsonObject("content").containsKey("application/problem+json"), notFound.toString());
        JsonObject ok = verify.getJsonObject("responses")
                .getJsonObject("200")
                .getJsonObject("content")
                .getJsonObject("application/json");
        assertTrue(
                ok.containsKey("schema") && (ok.containsKey("examples") || ok.containsKey("example")), ok.toString());

        HttpResponse<String> asJson = http.send(
                HttpRequest.newBuilder(URI.create(root + "/openapi?format=JSON"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, asJson.statusCode());
        assertTrue(
                asJson.body().strip().startsWith("{"),
                "the API page's JSON link: "
                        + asJson.body().substring(0, Math.min(80, asJson.body().length())));
        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(URI.create(root + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode());
        assertFalse(again.body().contains("Default Response"), "an undocumented response is left");
    }

    /** Every method of a class under target/classes annotated @Path that answers an HTTP method. */
    private static List<Method> resourceMethods() throws Exception {
        java.nio.file.Path classes = Paths.get("target/classes");
        List<Method> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, OpenApiIT.class.getClassLoader());
                } catch (LinkageError e) {
                    continue; // needs a class only the server has; resources need none
                }
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (!verbOf(m).isEmpty()) {
                        found.add(m);
                    }
                }
            }
        }
        return found;
    }

    private static String verbOf(Method m) {
        return m.isAnnotationPresent(GET.class)
                ? "get"
                : m.isAnnotationPresent(POST.class)
                        ? "post"
                        : m.isAnnotationPresent(PUT.class)
                                ? "put"
                                : m.isAnnotationPresent(DELETE.class)
                                        ? "delete"
                                        : m.isAnnotationPresent(PATCH.class) ? "patch" : "";
    }

    private static String pathOf(Method m) {
        String path = "/api/" + m.getDeclaringClass().getAnnotation(Path.class).value();
        if (m.isAnnotationPresent(Path.class)) {
            path += "/" + m.getAnnotation(Path.class).value();
        }
        return path.replaceAll("/+", "/").replaceAll("/$", "");
    }
}
