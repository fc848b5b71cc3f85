package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
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
 * Certificates over HTTP as their users meet them: the trainee's dashboard issues the certificate; the PDF's QR code
 * opens the verification page; the credential's signature verifies with the published keys and an edited one does
 * not; a revocation shows at once in the page, the API and the status list; look-ups are rate limited
 * ({@code PlatformHttpIT}, whose other tests look nothing up, so the drained budget cannot touch these).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private TestPeople data;
    private TestPeople.Person trainee;
    private TestPeople.Person otherTrainee;
    private TestPeople.Person admin;
    private String number;

    @BeforeEach
    void issueThroughTheDashboard() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        Certifiable record = new Certifiable(TestDatabase.dataSource());
        long organisation = data.organisation("TRAINING", "Api Certifying Training");
        trainee = data.person("api-holder", organisation, "TRAINEE");
        otherTrainee = data.person("api-other", organisation, "TRAINEE");
        TestPeople.Person trainer = data.person("api-trainer", organisation, "TRAINER");
        admin = data.person("api-admin", null, "ADMINISTRATOR");
        data.cohort(organisation, "Api cohort", trainee.id());
        record.completeCourse(trainee.id());
        record.completePractice(trainee.id(), trainer.id());
        record.accredit(
                organisation,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(900)));
        record.signOff(trainee.id(), organisation, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        WebClient holder = signedIn(trainee);
        String dashboard = holder.get("/trainee/dashboard").body();
        assertTrue(dashboard.contains("id=\"certificateNumber\""), "the dashboard issued the certificate");
        number = dashboard.replaceAll("(?s).*id=\"certificateNumber\"><strong>([A-Z0-9-]+)</strong>.*", "$1");
        assertTrue(number.matches("ATT-[A-Z0-9-]{16}"), number);
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

    @Test
    void verificationJsonHasTheFieldsAndUnknownOrMistypedNumbersGetProblemDetails() throws Exception {
        WebClient anyone = new WebClient(base);
        HttpResponse<String> found = anyone.get("/api/v1/certificates/" + number);
        assertEquals(200, found.statusCode());
        String json = found.body();
        for (String field : List.of(
                "\"number\":\"" + number + "\"",
                "\"status\":\"active\"",
                "\"holder\":\"Test api-holder\"",
                "\"trainingOrganisation\":",
                "\"statusNow\":\"ACCREDITED\"",
                "\"statusAtIssue\":\"ACCREDITED\"",
                "\"course\":",
                "\"syllabusVersion\":",
                "\"issued\":",
                "\"expires\":")) {
            assertTrue(json.contains(field), field + " in " + json);
        }
        assertFalse(json.contains("@example.org"), "no personal data beyond the name");
        String unknown = CertificateNumber.random(new SecureRandom()).value();
        HttpResponse<String> notFound = anyone.get("/api/v1/certificates/" + unknown);
        assertEquals(404, notFound.statusCode());
        assertEquals(
                "application/problem+json",
                notFound.headers().firstValue("Content-Type").orElse(""));
        char last = number.charAt(number.length() - 1);
        HttpResponse<String> typo = anyone.get(
                "/api/v1/certificates/" + number.substring(0, number.length() - 1) + (last == 'A' ? 'B' : 'A'));
        assertEquals(400, typo.statusCode());
        assertTrue(typo.body().contains("mistyped"), typo.body());
        assertEquals(404, anyone.get("/verify/" + unknown).statusCode());
        assertTrue(anyone.get("/verify/" + unknown).body().contains("never issued"));
    }

    @Test
    void pdfIsTheHoldersAndItsQrCodeOpensTheVerificationPage() throws Exception {
        HttpResponse<byte[]> pdf = signedIn(trainee).getBytes("/api/v1/certificates/" + number + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(
                401,
                new WebClient(base)
                        .get("/api/v1/certificates/" + number + "/pdf")
                        .statusCode());
        assertEquals(
                404,
                signedIn(otherTrainee)
                        .get("/api/v1/certificates/" + number + "/pdf")
                        .statusCode());
        String url = QrOnCertificate.read(pdf.body());
        assertTrue(url.endsWith("/verify/" + number), url);
        String path = url.substring(url.indexOf("/verify/"));
        HttpResponse<String> page = new WebClient(base).get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Test api-holder"));
        assertTrue(page.body().contains("verify-status--active"));
    }

    @Test
    void credentialIsSignedWithAPublishedKeyAndAnEditedOneFailsVerification() throws Exception {
        HttpResponse<String> response = signedIn(trainee).get("/api/v1/certificates/" + number + "/credential");
        assertEquals(200, response.statusCode());
        assertEquals(
                "application/vc+jwt",
                response.headers().firstValue("Content-Type").orElse(""));
        JWSObject jws = JWSObject.parse(response.body().strip());
        assertEquals("RS256", jws.getHeader().getAlgorithm().getName());
        String kid = jws.getHeader().getKeyID();
        WebClient anyone = new WebClient(base);
        JWKSet jwks = JWKSet.parse(anyone.get("/.well-known/jwks.json").body());
        assertTrue(jwks.getKeys().stream().noneMatch(k -> k.isPrivate()), "public parts only");
        RSAKey published = jwks.getKeyByKeyId(kid).toRSAKey();
        String kidPath = kid.substring(kid.indexOf("/api/v1/keys/"));
        RSAKey dereferenced = RSAKey.parse(anyone.get(kidPath).body());
        assertEquals(published.getModulus(), dereferenced.getModulus(), "the kid dereferences to the key");
        assertTrue(jws.verify(new RSASSAVerifier(published)));

        Map<String, Object> claims = jws.getPayload().toJSONObject();
        for (String claim : List.of("iss", "jti", "nbf", "sub", "exp")) {
            assertTrue(claims.containsKey(claim), claim);
        }
        OpenBadgeCredentialTest.assertValidWithEachStatusEntry(jws.getPayload().toString());

        Map<String, Object> edited = new LinkedHashMap<>(claims);
        edited.put("validUntil", "2099-01-01T00:00:00Z");
        String[] parts = response.body().strip().split("\\.");
        JWSObject tampered = new JWSObject(
                jws.getHeader().toBase64URL(), new Payload(edited).toBase64URL(), new Base64URL(parts[2]));
        assertFalse(tampered.verify(new RSASSAVerifier(published)), "an edited credential fails verification");
    }

    @Test
    void suspensionSetsTheSuspensionBitAndReinstatementClearsIt() throws Exception {
        WebClient anyone = new WebClient(base);
        assertEquals(Map.of("revocation", false, "suspension", false), statusBits(signedIn(trainee), anyone));
        administer("SUSPEND", "A concern is being looked into.", "is suspended");
        assertEquals(Map.of("revocation", false, "suspension", true), statusBits(signedIn(trainee), anyone));
        administer("REINSTATE", "The concern was resolved.", "is reinstated");
        assertEquals(Map.of("revocation", false, "suspension", false), statusBits(signedIn(trainee), anyone));
    }

    @Test
    void revocationThroughTheAdministrationPageShowsAtOnceInPageApiAndStatusList() throws Exception {
        administer("REVOKE", "Evidence of unsafe practice.", "is revoked");

        WebClient anyone = new WebClient(base);
        assertTrue(anyone.get("/api/v1/certificates/" + number).body().contains("\"status\":\"revoked\""));
        assertTrue(anyone.get("/verify/" + number).body().contains("verify-status--revoked"));
        assertEquals(
                Map.of("revocation", true, "suspension", false),
                statusBits(signedIn(trainee), anyone),
                "revoked in the revocation list, as a wallet reads it");
        assertEquals(200, anyone.get("/api/v1/status-lists/1").statusCode(), "the older list is still served");
    }

    /** Applies an action to the certificate on the administrators' page, as an administrator. */
    private void administer(String action, String reason, String outcome) throws Exception {
        WebClient administrator = signedIn(admin);
        String page = administrator.get("/admin/certificates").body();
        Map<String, String> search = new LinkedHashMap<>();
        search.put("search", "search");
        search.put("search:text", number);
        search.put("search:find", "Find");
        search.putAll(WebClient.postback(page));
        String filtered =
                administrator.post("/admin/certificates", search, Map.of()).body();
        Map<String, String> apply = new LinkedHashMap<>();
        apply.put("certificates", "certificates");
        apply.put("certificates:table:0:action", action);
        apply.put("certificates:table:0:reason", reason);
        apply.put("certificates:table:0:apply", "Apply");
        apply.putAll(WebClient.postback(filtered));
        HttpResponse<String> done = administrator.post("/admin/certificates", apply, Map.of());
        if (!action.equals("REINSTATE")) { // suspending and revoking ask for confirmation first
            Map<String, String> confirm = new LinkedHashMap<>(apply);
            confirm.remove("certificates:table:0:apply");
            confirm.put("certificates:confirm", "confirm");
            confirm.putAll(WebClient.postback(done.body()));
            done = administrator.post("/admin/certificates", confirm, Map.of());
        }
        assertTrue(done.body().contains(outcome), done.body());
    }

    /**
     * Each status entry of the holder's credential as a wallet checks it: the list credential its
     * statusListCredential names, fetched, its RS256 signature verified with the published key, and the entry's bit
     * read by the independent implementation of the specification's algorithm.
     */
    private Map<String, Boolean> statusBits(WebClient holder, WebClient anyone) throws Exception {
        Map<String, Object> credential = JWSObject.parse(holder.get("/api/v1/certificates/" + number + "/credential")
                        .body()
                        .strip())
                .getPayload()
                .toJSONObject();
        JWKSet jwks = JWKSet.parse(anyone.get("/.well-known/jwks.json").body());
        Map<String, Boolean> bits = new LinkedHashMap<>();
        for (Object o : (List<?>) credential.get("credentialStatus")) {
            Map<?, ?> entry = (Map<?, ?>) o;
            String url = (String) entry.get("statusListCredential");
            HttpResponse<String> response = anyone.get(url.substring(url.indexOf("/api/")));
            assertEquals(200, response.statusCode(), url);
            assertEquals(
                    "application/vc+jwt",
                    response.headers().firstValue("Content-Type").orElse(""));
            JWSObject list = JWSObject.parse(response.body().strip());
            assertTrue(
                    list.verify(new RSASSAVerifier(
                            jwks.getKeyByKeyId(list.getHeader().getKeyID()).toRSAKey())),
                    "the status list is signed with a published key");
            Map<String, Object> payload = list.getPayload().toJSONObject();
            assertEquals(url, payload.get("id"));
            assertTrue(((List<?>) payload.get("type")).contains("BitstringStatusListCredential"));
            Map<?, ?> subject = (Map<?, ?>) payload.get("credentialSubject");
            assertEquals("BitstringStatusList", subject.get("type"));
            String purpose = (String) entry.get("statusPurpose");
            bits.put(
                    purpose,
                    BitstringStatusListCheck.isSet(
                            purpose,
                            (String) entry.get("statusListIndex"),
                            (String) subject.get("statusPurpose"),
                            (String) subject.get("encodedList")));
        }
        return bits;
    }

    @Test
    void issuerIdDereferencesToAValidProfileAndTheBadgeImageIsServed() throws Exception {
        Map<String, Object> credential = JWSObject.parse(signedIn(trainee)
                        .get("/api/v1/certificates/" + number + "/credential")
                        .body()
                        .strip())
                .getPayload()
                .toJSONObject();
        WebClient anyone = new WebClient(base);
        String issuer = (String) ((Map<?, ?>) credential.get("issuer")).get("id");
        HttpResponse<String> profile = anyone.get(issuer.substring(issuer.indexOf("/api/")));
        assertEquals(200, profile.statusCode());
        assertEquals(Set.of(), OpenBadgeCredentialTest.validate(profile.body(), "profile.schema.json"));
        for (String field : List.of("\"name\"", "\"url\"", "\"email\"", "\"image\"", "\"description\"")) {
            assertTrue(profile.body().contains(field), field + " in " + profile.body());
        }
        Map<?, ?> achievement = (Map<?, ?>) ((Map<?, ?>) credential.get("credentialSubject")).get("achievement");
        String image = (String) ((Map<?, ?>) achievement.get("image")).get("id");
        HttpResponse<byte[]> png = anyone.getBytes(image.substring(image.indexOf("/badges/")));
        assertEquals(200, png.statusCode(), image);
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals(512, ImageIO.read(new ByteArrayInputStream(png.body())).getWidth());
        HttpResponse<String> unknown = anyone.get("/api/v1/status-lists/expiry/1");
        assertEquals(404, unknown.statusCode());
        assertEquals(
                "application/problem+json",
                unknown.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, anyone.get("/api/v1/status-lists/revocation/999999").statusCode());
        assertEquals(404, anyone.get("/api/v1/status-lists/revocation/x%27").statusCode());
    }
}
