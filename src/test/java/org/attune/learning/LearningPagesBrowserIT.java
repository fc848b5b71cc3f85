package org.attune.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainee reads the real course in a real browser and sees progress move; an administrator re-imports broken
 * content and sees each problem's file and line while the live course stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningPagesBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private TestPeople.Person trainee;
    private TestPeople.Person admin;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        long organisation = data.organisation("TRAINING", "Learning Training");
        trainee = data.person("reader", organisation, "TRAINEE");
        admin = data.person("content-admin", null, "ADMINISTRATOR");
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    private void signIn(TestPeople.Person person) {
        signIn(person.email(), TestPeople.PASSWORD);
    }

    @Test
    void traineeReadsAModuleSectionByKeyboardAndSeesProgressMoveOnEveryPage() {
        signIn(trainee);
        assertTrue(driver().getCurrentUrl().endsWith("/trainee/dashboard"), driver().getCurrentUrl());
        assertTrue(driver().getPageSource().contains("Supporting parent-infant communication"));
        assertAccessible();

        open("trainee/course");
        assertTrue(driver().findElement(By.id("courseProgressText")).getText().startsWith("0 of"));
        assertEquals(
                "Facilitator of parent-infant communication in infant massage classes",
                driver().findElement(By.id("qualificationName")).getText(),
                "the qualification from course.yaml");
        assertTrue(driver().findElement(By.id("doesNotCertify")).getText().contains("Massage therapy"));
        assertAccessible();
        follow(By.linkText("Reading the baby - states and cues"));
        assertTrue(driver().findElement(By.tagName("h1")).getText().contains("Reading the baby"));
        assertTrue(driver().getPageSource().contains("id=\"behavioural-states\""), "headings carry their anchors");
        assertTrue(driver().findElement(By.id("activities-heading")).isDisplayed(), "the module lists its activities");
        assertAccessible();

        WebElement first =
                driver().findElements(By.cssSelector("button.mark-read")).get(0);
        first.sendKeys(Keys.ENTER);
        waitForAjax();
        new WebDriverWait(driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("moduleProgress"), "1 of"));
        assertTrue(driver().findElements(By.cssSelector(".read-done")).size() == 1);
        assertAccessible();

        open("trainee/course");
        assertTrue(driver().findElement(By.id("courseProgressText")).getText().startsWith("1 of"));
        String resume = driver().findElement(By.id("resume")).getAttribute("href");
        assertTrue(resume.contains("key=why-relationships"), "the first unread section comes first: " + resume);

        open("trainee/module?key=reading-the-baby");
        assertEquals(1, driver().findElements(By.cssSelector(".read-done")).size(), "progress was not kept");
    }

    @Test
    void modulePageFitsASmallPhoneScreen() {
        signIn(trainee);
        browser.resize(375, 800);
        open("trainee/module?key=baby-as-a-person");
        Number width =
                (Number) ((JavascriptExecutor) driver()).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width.intValue() <= 375, "the module page scrolls sideways at 375 px: " + width);
        assertAccessible();
    }

    @Test
    void administratorSeesTheFileAndLineOfBrokenContentAndTheLiveCourseStays() throws Exception {
        Path quiz = Path.of(
                System.getProperty("attune.test.content"), "infant-communication/quizzes/reading-the-baby.yaml");
        String original = Files.readString(quiz);
        try {
            Files.writeString(quiz, original.replace("passMark: 80", "passMark: 180"));
            signIn(admin);
            open("admin/content");
            assertAccessible();
            submit("reimport:run");
            String page = driver().findElement(By.id("main")).getText();
            assertTrue(page.contains("Nothing was imported"), page);
            assertTrue(
                    page.contains("infant-communication/quizzes/reading-the-baby.yaml:3: Field \"passMark\" must be"
                            + " between 0 and 100, not 180."),
                    page);
            assertTrue(driver().findElement(By.id("live")).getText().contains("2026.1"));
            assertAccessible();
        } finally {
            Files.writeString(quiz, original);
        }
        submit("reimport:run");
        assertTrue(driver().findElement(By.id("globalMessages")).getText().contains("has not changed"));
    }
}
