package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.testing.BrowserTestBase;
import org.attune.testing.Deployments;
import org.attune.testing.TestDatabase;
import org.attune.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A lead trainer's cohort journey in a real browser: create a cohort, invite a trainee who registers and signs in,
 * withdraw the link, and import a CSV list that is refused line by line until it is clean.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CohortsBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private static final Pattern SET_PASSWORD_LINK = Pattern.compile("/password-choose\\?token=([A-Za-z0-9_-]+)");

    @TempDir
    Path files;

    private TestPeople data;
    private TestPeople.Person lead;
    private long organisation;

    @BeforeEach
    void createLead() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        organisation = data.organisation("TRAINING", "Cohort Training");
        lead = data.person("cohort-lead", organisation, "LEAD_TRAINER");
    }

    @AfterEach
    void removeData() throws Exception {
        data.close();
    }

    @Test
    void leadInvitesATraineeWhoRegistersAndSignsInThenWithdrawsTheLink() {
        signIn(lead.email(), TestPeople.PASSWORD);
        open("trainer/cohorts");
        assertAccessible();
        driver().findElement(By.id("create:name")).sendKeys("Spring " + data.tag());
        driver().findElement(By.id("create:save")).click();
        assertHeading("Spring " + data.tag());
        submit("invitations:invite");
        driver().navigate().refresh(); // a reload after creating a link creates no second one
        waitForAjax();
        assertEquals(
                1, driver().findElements(By.cssSelector(".invitation-link")).size());
        String link = driver().findElement(By.cssSelector(".invitation-link"))
                .getText()
                .strip();
        assertTrue(link.contains("/register?code="), link);
        assertAccessible();
        String cohortPage = driver().getCurrentUrl();
        signOut();

        String traineeEmail = "invited-" + data.tag() + "@example.org";
        driver().get(link);
        assertTrue(driver().getPageSource().contains("Spring " + data.tag()));
        assertAccessible();
        driver().findElement(By.id("form:name")).sendKeys("Invited Trainee");
        driver().findElement(By.id("form:email")).sendKeys(traineeEmail);
        driver().findElement(By.id("form:password")).sendKeys("password1234");
        driver().findElement(By.id("form:confirmation")).sendKeys("password1234");
        submit(By.id("form:register"));
        assertTrue(driver().getPageSource().contains("one of the most commonly used"), "common password accepted");
        driver().findElement(By.id("form:password")).sendKeys("moss-and-river-stones");
        driver().findElement(By.id("form:confirmation")).sendKeys("moss-and-river-stones");
        submit(By.id("form:register")); // a full-page post that redirects: wait for the next page, not for ajax
        assertTrue(
                driver().getCurrentUrl().endsWith("/trainee/dashboard"),
                "registering signs in and lands on" + " the dashboard: " + driver().getCurrentUrl());
        assertTrue(driver().getPageSource().contains("Your account is ready and you are signed in"));
        assertTrue(driver().findElement(By.id("signOutForm")).getText().contains("Invited Trainee"));
        signOut();

        signIn(lead.email(), TestPeople.PASSWORD);
        driver().get(cohortPage);
        assertTrue(driver().findElement(By.id("members")).getText().contains(traineeEmail));
        submit(By.cssSelector("#invitations input[value='Withdraw']"));
        assertShows("The invitation link is withdrawn");
        signOut();
        driver().get(link);
        assertTrue(driver().getPageSource().contains("This invitation link does not work"));
    }

    @Test
    void csvImportListsEveryBadLineAndImportsNothingUntilTheFileIsClean() throws Exception {
        long cohort = data.cohort(organisation, "Import Cohort");
        signIn(lead.email(), TestPeople.PASSWORD);
        open("trainer/cohort?id=" + cohort);

        Path bad = files.resolve("bad.csv");
        Files.writeString(
                bad,
                "name,email\nGood Person," + "good-" + data.tag() + "@example.org\n"
                        + ",nobody@example.org\nBad Address,not-an-address\n");
        upload(bad);
        WebElement problems = driver().findElement(By.id("problems"));
        assertTrue(
                problems.getText().contains("3") && problems.getText().contains("The name is missing."),
                problems.getText());
        assertTrue(problems.getText().contains("4") && problems.getText().contains("is not an e-mail address"));
        assertTrue(driver().findElements(By.id("members")).isEmpty(), "something was imported from a bad file");
        assertAccessible();

        Path good = files.resolve("good.csv");
        Files.writeString(
                good,
                "name,email\nGood Person,good-" + data.tag() + "@example.org\n" + "Second Person,second-" + data.tag()
                        + "@example.org\n");
        upload(good);
        assertTrue(driver().getPageSource().contains("Imported 2 trainee(s)."));
        String members = driver().findElement(By.id("members")).getText();
        assertTrue(members.contains("good-" + data.tag()) && members.contains("second-" + data.tag()), members);
        assertAccessible();
        signOut();

        String imported = "good-" + data.tag() + "@example.org";
        List<TestPeople.Mail> mails = data.mails(imported);
        assertEquals(1, mails.size());
        assertTrue(
                mails.get(0).subject().contains("choose your password"),
                mails.get(0).subject());
        Matcher link = SET_PASSWORD_LINK.matcher(mails.get(0).body());
        assertTrue(
                link.find(),
                "the invitation mail carries a set-password link: "
                        + mails.get(0).body());
        open("password-choose?token=" + link.group(1));
        assertAccessible();
        driver().findElement(By.id("form:password")).sendKeys("fern-and-harbour-lights");
        driver().findElement(By.id("form:confirmation")).sendKeys("fern-and-harbour-lights");
        submit("form:save");
        assertShows("Your new password is set");
        signIn(imported, "fern-and-harbour-lights");
        assertTrue(driver().getCurrentUrl().endsWith("/trainee/dashboard"), driver().getCurrentUrl());
        assertTrue(driver().findElement(By.id("signOutForm")).getText().contains("Good Person"));
    }

    private void upload(Path file) {
        driver().findElement(By.id("import:file"))
                .sendKeys(file.toAbsolutePath().toString());
        submit("import:upload");
    }
}
