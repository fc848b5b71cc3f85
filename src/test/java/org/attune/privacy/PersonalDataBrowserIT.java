package org.attune.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.attune.testing.BrowserTestBase;
import org.attune.testing.Deployments;
import org.attune.testing.TestDatabase;
import org.attune.testing.TestPeople;
import org.attune.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The person downloads their own data from their account page; an administrator erases a person after typing their
 * address, after which the person's session has ended, they cannot sign in and their name is gone from the lists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private TestPeople.Person admin;
    private TestPeople.Person trainee;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        long organisation = data.organisation("TRAINING", "Privacy Browser Training");
        admin = data.person("privacy-browser-admin", null, "ADMINISTRATOR");
        trainee = data.person("erase-me", organisation, "TRAINEE");
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    @Test
    void personDownloadsTheirOwnDataFromTheAccountPageAndNobodyElses() throws Exception {
        signIn(trainee.email(), TestPeople.PASSWORD);
        open("account/home");
        assertAccessible();
        String link = driver().findElement(By.id("personalData")).getAttribute("href");

        HttpResponse<byte[]> download = get(link);
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/zip",
                download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        Map<String, String> zip = unzip(download.body());
        assertTrue(zip.get("profile.json").contains(trainee.email()), zip.get("profile.json"));
        assertTrue(zip.containsKey("README.txt"));
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_EXPORTED'"
                                + " AND actor = ? AND subject = ?",
                        String.valueOf(trainee.id()),
                        "person:" + trainee.id()));

        HttpResponse<byte[]> malformed = get(link + "?person=12abc");
        assertEquals(400, malformed.statusCode());
        assertTrue(new String(malformed.body(), StandardCharsets.UTF_8).contains("download address is not valid"));
        assertEquals(404, get(link + "?person=" + admin.id()).statusCode(), "not someone else's data");
    }

    @Test
    void administratorErasesAPersonAfterConfirmingAndTheyCanNoLongerSignIn() throws Exception {
        WebClient victim = new WebClient(baseUrl);
        victim.signIn(trainee.email(), TestPeople.PASSWORD);
        assertEquals(200, victim.get("/account/home").statusCode(), "signed in before the erasure");

        signIn(admin.email(), TestPeople.PASSWORD);
        open("admin/person?id=" + trainee.id());
        follow(By.id("personalData"));
        assertHeading("Personal data of Test erase-me");
        browser.resize(375, 800);
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) driver())
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"),
                "no sideways scrolling at 375 px");
        assertAccessible();

        driver().findElement(By.id("erase:confirmation")).sendKeys("someone@example.org");
        submit("erase:submit");
        assertShows("This is not the person's e-mail address");
        assertAccessible();
        assertEquals(1, data.count("SELECT COUNT(*) FROM person WHERE id = ? AND erased_at IS NULL", trainee.id()));

        driver().findElement(By.id("erase:confirmation")).clear();
        driver().findElement(By.id("erase:confirmation")).sendKeys(trainee.email());
        submit("erase:submit");
        assertTrue(driver().getCurrentUrl().contains("/admin/people"), driver().getCurrentUrl());
        assertTrue(driver().findElement(By.id("globalMessages")).getText().contains("The person was erased"));

        open("admin/people?q=" + data.tag());
        assertFalse(driver().getPageSource().contains("Test erase-me"), "the name is gone from the list");
        assertFalse(driver().getPageSource().contains(trainee.email()), "and the e-mail address");
        open("admin/people?q=Erased+person+" + trainee.id());
        assertTrue(driver().getPageSource().contains("Erased person " + trainee.id()));
        assertAccessible();

        assertEquals(302, victim.get("/account/home").statusCode(), "the person's session has ended");
        WebClient again = new WebClient(baseUrl);
        again.signIn(trainee.email(), TestPeople.PASSWORD);
        assertEquals(302, again.get("/account/home").statusCode(), "and they cannot sign in again");

        open("admin/personal-data?id=" + trainee.id());
        assertShows("This person was erased on");
        assertAccessible();
    }

    /** A GET in the browser's session (its cookies, and any cookie the answers set), not following redirects. */
    private HttpResponse<byte[]> get(String url) throws Exception {
        if (http == null) {
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            for (Cookie c : driver().manage().getCookies()) {
                HttpCookie cookie = new HttpCookie(c.getName(), c.getValue());
                cookie.setPath(c.getPath());
                cookie.setVersion(0);
                cookies.getCookieStore().add(URI.create(url), cookie);
            }
            http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 302) {
            throw new AssertionError(url + " redirected to "
                    + response.headers().firstValue("Location").orElse("") + ", cookies set: "
                    + response.headers().allValues("Set-Cookie"));
        }
        return response;
    }

    private HttpClient http;

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
