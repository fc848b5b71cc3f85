package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.testing.Deployments;
import org.attune.testing.Eventually;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/** Password reset end to end: the deployed application mails a real SMTP server (GreenMail) that the test reads. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("/password-choose\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a-brand-new-passphrase";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("attune.test.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private TestPeople data;
    private TestPeople.Person person;

    @BeforeEach
    void createPerson() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        person = data.person("reset", null, "TRAINEE");
    }

    @AfterEach
    void removePerson() throws Exception {
        try (var c = TestDatabase.dataSource().getConnection();
                var s = c.prepareStatement("DELETE FROM password_reset_token WHERE person_id = ?")) {
            s.setLong(1, person.id());
            s.executeUpdate();
        }
        data.close();
    }

    private HttpResponse<String> requestReset(WebClient client, String email) throws Exception {
        String page = client.get("/password-reset").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("form:email", email);
        form.put("form:send", "");
        form.putAll(WebClient.postback(page));
        return client.post("/password-reset", form, Map.of());
    }

    private HttpResponse<String> choose(WebClient client, String token, String password, String again)
            throws Exception {
        String page = client.get("/password-choose?token=" + token).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("form:password", password);
        form.put("form:confirmation", again);
        form.put("form:save", "");
        form.putAll(WebClient.postback(page));
        return client.post("/password-choose", form, Map.of());
    }

    /** The reset mail to this test's person (mail queued by other tests may be delivered here too). */
    private String tokenFromMail() throws Exception {
        MimeMessage mail = Eventually.value(
                "the reset mail arrives",
                () -> Arrays.stream(smtp.getReceivedMessages())
                        .filter(this::toPerson)
                        .findFirst());
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail));
        assertTrue(m.find(), "no reset link in the mail");
        return m.group(1);
    }

    private boolean toPerson(MimeMessage mail) {
        try {
            return person.email().equals(mail.getAllRecipients()[0].toString());
        } catch (MessagingException e) {
            return false;
        }
    }

    @Test
    void resetLinkByMailSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> requested = requestReset(client, person.email());
        assertTrue(requested.body().contains("If an Attune account uses that address"));
        String token = tokenFromMail();

        assertEquals(302, choose(client, token, NEW_PASSWORD, NEW_PASSWORD).statusCode());
        assertEquals(
                302, new WebClient(base).signIn(person.email(), NEW_PASSWORD).statusCode());
        assertEquals(
                200,
                new WebClient(base).signIn(person.email(), TestPeople.PASSWORD).statusCode(),
                "the old password still works");
        assertTrue(
                new WebClient(base)
                        .get("/password-choose?token=" + token)
                        .body()
                        .contains("This link does not work any more"),
                "a used link worked again");
    }

    @Test
    void aSessionOpenedBeforeAPasswordResetIsEndedByIt() throws Exception {
        WebClient before = new WebClient(base);
        assertEquals(302, before.signIn(person.email(), TestPeople.PASSWORD).statusCode());
        assertEquals(200, before.get("/trainee/dashboard").statusCode());
        assertEquals(1, knownDevices(), "signing in did not remember the device");

        requestReset(new WebClient(base), person.email());
        assertEquals(
                302,
                choose(new WebClient(base), tokenFromMail(), NEW_PASSWORD, NEW_PASSWORD)
                        .statusCode());

        HttpResponse<String> afterReset = before.get("/trainee/dashboard");
        assertEquals(302, afterReset.statusCode(), "the session opened before the reset still works");
        assertTrue(afterReset.headers().firstValue("Location").orElse("").endsWith("/login"));
        assertEquals(0, knownDevices(), "the reset did not forget the known devices");
        WebClient after = new WebClient(base);
        assertEquals(302, after.signIn(person.email(), NEW_PASSWORD).statusCode());
        assertEquals(200, after.get("/trainee/dashboard").statusCode(), "a session opened after the reset was ended");
    }

    @Test
    void theSessionThatResetsThePasswordStaysSignedInUnderANewId() throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(person.email(), TestPeople.PASSWORD).statusCode());
        String signedInId = client.sessionId();
        requestReset(client, person.email());
        assertEquals(
                302, choose(client, tokenFromMail(), NEW_PASSWORD, NEW_PASSWORD).statusCode());
        assertEquals(200, client.get("/trainee/dashboard").statusCode(), "the session that reset was ended");
        assertTrue(!signedInId.equals(client.sessionId()), "the session kept its id through the reset");
    }

    @Test
    void signingInSetsAKnownDeviceCookieThatScriptsCannotRead() throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> signedIn = client.signIn(person.email(), TestPeople.PASSWORD);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("attune_device="))
                .findFirst()
                .orElse("");
        assertTrue(
                cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Max-Age="), cookie);
        String token = client.cookie("attune_device");
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM sign_in_known_device WHERE token_hash = ?", SetPasswordLinks.hash(token)),
                "the token itself, or nothing, was stored");
        assertEquals(302, client.signIn(person.email(), TestPeople.PASSWORD).statusCode());
        assertEquals(1, knownDevices(), "a browser with a valid cookie was given another");
    }

    private int knownDevices() throws Exception {
        return data.count("SELECT COUNT(*) FROM sign_in_known_device WHERE person_id = ?", String.valueOf(person.id()));
    }

    @Test
    void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        HttpResponse<String> answer = requestReset(new WebClient(base), "nobody-" + data.tag() + "@example.org");
        assertTrue(answer.body().contains("If an Attune account uses that address"));
        assertEquals(
                0,
                data.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE ?", "nobody-" + data.tag() + "%"),
                "a message was queued for an address no account uses");
    }

    @Test
    void weakOrMismatchedNewPasswordIsRefusedNextToTheFieldAndTheLinkStaysUsable() throws Exception {
        requestReset(new WebClient(base), person.email());
        String token = tokenFromMail();
        HttpResponse<String> weak = choose(new WebClient(base), token, "password1234", "password1234");
        assertEquals(200, weak.statusCode());
        assertTrue(weak.body().contains("one of the most commonly used"), weak.body());
        HttpResponse<String> mismatch = choose(new WebClient(base), token, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertTrue(mismatch.body().contains("The two passwords are not the same."));
        assertEquals(
                302,
                choose(new WebClient(base), token, NEW_PASSWORD, NEW_PASSWORD).statusCode());
    }

    @Test
    void linkOlderThanThirtyMinutesDoesNotWork() throws Exception {
        String token = "expired-token-" + data.tag();
        try (var c = TestDatabase.dataSource().getConnection();
                var s = c.prepareStatement(
                        "INSERT INTO password_reset_token (person_id, token_hash, created_at, expires_at)"
                                + " VALUES (?, ?, ?, ?)")) {
            s.setLong(1, person.id());
            s.setString(2, SetPasswordLinks.hash(token));
            s.setTimestamp(3, Timestamp.from(Instant.now().minusSeconds(31 * 60)));
            s.setTimestamp(4, Timestamp.from(Instant.now().minusSeconds(60)));
            s.executeUpdate();
        }
        assertTrue(new WebClient(base)
                .get("/password-choose?token=" + token)
                .body()
                .contains("This link does not work any more"));
    }
}
