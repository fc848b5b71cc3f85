package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.attune.certification.CertificateNumber;
import org.attune.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation as an HTTP client sees it: health, metrics, pages, error pages and headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformHttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Payara serves health and metrics at the server's root, outside the application's context root. */
    private HttpResponse<String> getFromServerRoot(String path) throws Exception {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
        return http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        String root = base.toString().endsWith("/")
                ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return URI.create(root + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessReportsUpWithTheDatabaseCheck() throws Exception {
        HttpResponse<String> ready = getFromServerRoot("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"attune-database\""), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
    }

    /** Metrics are guarded by a token: {@code HostileRequestsIT} checks them where production serves them. */
    @Test
    void livenessIsServed() throws Exception {
        assertEquals(200, getFromServerRoot("/health/live").statusCode());
    }

    @Test
    void homePageExplainsAttuneInBritishEnglish() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("lang=\"en-GB\""));
        assertTrue(home.body().contains("parent-infant communication"));
        assertTrue(home.body().contains("<main id=\"main\""));
    }

    @Test
    void aboutAccreditationPageIsPublic() throws Exception {
        HttpResponse<String> about = get("/about-accreditation");
        assertEquals(200, about.statusCode());
        assertTrue(about.body().contains("communication-focused"));
    }

    @Test
    void aboutAccreditationNamesTheCriteriaConditionsCanNeverWaiveFromContent() throws Exception {
        String body = get("/about-accreditation").body();
        String nonWaivable = body.substring(body.indexOf("<ul id=\"non-waivable\">"));
        nonWaivable = nonWaivable.substring(0, nonWaivable.indexOf("</ul>"));
        for (String criterion : new String[] {
            "1. Most contact time is on communication and relationships",
            "3. A supervised practicum",
            "6. Safety and safeguarding",
            "7. Parents touch their own baby"
        }) {
            assertTrue(nonWaivable.contains(criterion), nonWaivable);
        }
        assertEquals(4, nonWaivable.split("<li>").length - 1, nonWaivable);
        assertTrue(body.contains("can never stand in for the criteria"), body);
    }

    @Test
    void unknownPageGetsFriendly404WithoutStackTrace() throws Exception {
        HttpResponse<String> missing = get("/no-such-page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("We could not find that page"), missing.body());
        assertFalse(missing.body().contains("Exception"));
    }

    @Test
    void templatesAreNotServedDirectly() throws Exception {
        int status = get("/WEB-INF/templates/layout.xhtml").statusCode();
        assertTrue(status == 403 || status == 404, "status " + status);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/about-accreditation", "/no-such-page"}) {
            HttpResponse<String> response = get(path);
            var headers = response.headers();
            assertTrue(
                    headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                    path + " lacks a CSP with frame-ancestors");
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(headers.firstValue("Referrer-Policy").isPresent(), path);
        }
    }

    @Test
    void facesPagesCarryOneNonceBasedScriptPolicyWithoutUnsafeSources() throws Exception {
        for (String path : new String[] {"/", "/login", "/about-accreditation", "/no-such-page"}) {
            HttpResponse<String> response = get(path);
            var policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + " must carry exactly one policy, not " + policies);
            String scriptSrc = directive(policies.get(0), "script-src");
            assertTrue(scriptSrc.matches("script-src 'self' 'nonce-[A-Za-z0-9+/_=-]{16,}'"), path + ": " + scriptSrc);
            assertFalse(scriptSrc.contains("unsafe"), path + ": " + scriptSrc);
            String nonce = scriptSrc.substring(scriptSrc.indexOf("'nonce-") + 7, scriptSrc.length() - 1);
            assertTrue(response.body().contains("nonce=\"" + nonce + "\""), path + " has no script with the nonce");
            assertTrue(policies.get(0).contains("default-src 'self'"), path);
            assertTrue(policies.get(0).contains("object-src 'none'"), path);
        }
        String first = directive(
                get("/about-accreditation")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow(),
                "script-src");
        String second = directive(
                get("/about-accreditation")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow(),
                "script-src");
        assertFalse(first.equals(second), "each page needs a fresh nonce");
    }

    @Test
    void responsesFacesDoesNotRenderAllowNothingInline() throws Exception {
        for (String path : new String[] {"/api/v1/issuer", "/.well-known/jwks.json"}) {
            HttpResponse<String> response = get(path);
            var policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": " + policies);
            assertEquals("script-src 'self'", directive(policies.get(0), "script-src"), path);
            assertEquals("style-src 'self'", directive(policies.get(0), "style-src"), path);
            assertTrue(policies.get(0).contains("default-src 'self'"), path);
            assertFalse(policies.get(0).contains("unsafe"), path);
        }
    }

    /** The directive of a policy that starts with this name, without the separating semicolons. */
    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        return "";
    }

    @Test
    void strictTransportSecurityIsNotSentOnTheWordOfAClientThatIsNotATrustedProxy() throws Exception {
        // The test deployment trusts no proxy (ATTUNE_TRUSTED_PROXIES unset), so a client's own X-Forwarded-Proto is
        // not believed; scripts/cluster-check.sh proves that nginx's is, from a trusted address.
        assertTrue(get("/about-accreditation")
                .headers()
                .firstValue("Strict-Transport-Security")
                .isEmpty());
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpResponse<String> claimed = http.send(
                HttpRequest.newBuilder(URI.create(root + "about-accreditation"))
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, claimed.statusCode());
        assertTrue(claimed.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    /**
     * Certificate look-ups (page and API) share one budget per client address; over it the answer is 429 with
     * {@code Retry-After}. It lives here because draining the test client's budget would turn any look-up that
     * follows into a 429 for the next 20 seconds: no other test in this class looks a certificate up.
     */
    @Test
    void certificateLookupsBeyondTheLimitGet429WithRetryAfterOnTheApiAndThePage() throws Exception {
        String number = CertificateNumber.random(new SecureRandom()).value();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 400 && limited == null; i++) {
            HttpResponse<String> r = get("/api/v1/certificates/" + number);
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(404, r.statusCode(), "a number never issued, within the limit");
            }
        }
        assertTrue(limited != null, "no 429 in 400 look-ups");
        assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertTrue(limited.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(limited.body().contains("\"status\":429"), limited.body());
        assertTrue(limited.body().contains("Too many certificate checks came from your address"), limited.body());
        // the bucket refills a token every 100 ms or so (600 a minute), so on a slow machine a page request may find
        // a fresh token; ten sent at once cannot all find one, while a page with a bucket of its own would answer all
        // ten (its burst is far larger)
        List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pages.add(http.sendAsync(
                    HttpRequest.newBuilder(uri("/verify/" + number)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        boolean pageLimited = false;
        for (CompletableFuture<HttpResponse<String>> page : pages) {
            pageLimited |= page.get(60, TimeUnit.SECONDS).statusCode() == 429;
        }
        assertTrue(pageLimited, "the verification page shares the limit");
    }
}
