package org.attune.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.content.ContentReader;
import org.attune.content.QuizContent;
import org.attune.content.QuizContent.Question;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A trainee takes a real module quiz in Chromium: leaves half way and finds every answer after signing in again,
 * fails, waits out the cool-down, retries and passes; a trainer sees the attempt, changes a grade, grants extra time
 * and reads the question statistics; the timer is quiet and can be hidden. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizBrowserIT extends BrowserTestBase {

    private static final String MODULE = "baby-as-a-person";
    private static final String TIMED = "why-relationships";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    private TestPeople data;
    private TestPeople.Person trainee;
    private TestPeople.Person trainer;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(TestDatabase.dataSource());
        long organisation = data.organisation("TRAINING", "Quiz Browser Training");
        trainee = data.person("quiz-taker", organisation, "TRAINEE");
        trainer = data.person("quiz-marker", organisation, "TRAINER");
        data.cohort(organisation, "Quiz browser cohort", trainee.id());
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    private void signIn(TestPeople.Person person) {
        signIn(person.email(), TestPeople.PASSWORD);
    }

    private static Map<String, Question> bank(String module) {
        var report = ContentReader.read(Path.of(System.getProperty("attune.test.content")));
        QuizContent quiz = report.courses().get(0).quizzes().stream()
                .filter(q -> q.moduleId().equals(module))
                .findFirst()
                .orElseThrow();
        Map<String, Question> byId = new LinkedHashMap<>();
        quiz.questions().forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }

    /** The drawn questions of the attempt on screen and the order their choices are shown in, from the database. */
    private Map<String, Presentation> drawn() throws Exception {
        String url = driver().getCurrentUrl();
        long attempt = Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
        Map<String, Presentation> drawn = new LinkedHashMap<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT question_key, presentation FROM attempt_question WHERE attempt_id = ? ORDER BY position")) {
            s.setLong(1, attempt);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    drawn.put(rs.getString(1), Presentation.decode(rs.getString(2)));
                }
            }
        }
        return drawn;
    }

    /** Answers one question through the page as a trainee would: clicks, selects and move buttons. */
    private void answer(Question question, Presentation presentation, List<String> tokens) {
        WebElement fieldset = driver().findElement(By.id("question-" + question.id()));
        Question asked = Answers.asked(question);
        switch (asked.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> {
                for (String token : tokens) {
                    fieldset.findElement(By.cssSelector("input[value='" + token + "']"))
                            .click();
                    waitForAjax();
                }
            }
            case MATCHING -> {
                List<WebElement> selects = fieldset.findElements(By.tagName("select"));
                for (int i = 0; i < tokens.size(); i++) {
                    new Select(driver().findElement(By.id("question-" + question.id()))
                                    .findElements(By.tagName("select"))
                                    .get(i))
                            .selectByValue(tokens.get(i));
                    waitForAjax();
                }
                assertEquals(tokens.size(), selects.size());
            }
            case ORDERING -> {
                List<String> wanted = new ArrayList<>();
                for (String token : tokens) {
                    int shown = Integer.parseInt(token.substring(token.indexOf(':') + 1));
                    wanted.add(asked.items().get(presentation.bankIndex(shown)));
                }
                boolean moved = false;
                for (int i = 0; i < wanted.size(); i++) {
                    while (orderOnScreen(question).indexOf(wanted.get(i)) > i) {
                        moveUp(question, wanted.get(i));
                        moved = true;
                    }
                }
                if (!moved) { // drawn in the wanted order already: a trainee moves one and back, which saves it
                    moveUp(question, wanted.get(1));
                    moveUp(question, wanted.get(0));
                }
                assertEquals(wanted, orderOnScreen(question));
            }
            default -> throw new IllegalArgumentException(asked.type().toString());
        }
        // a wait for the answer to reach the server, not a speed check: the first PUT after a deployment also sets up
        // the answer API, which once took over 10 s on a loaded CI machine
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#question-" + question.id() + " .question__status"), "Answer saved"));
    }

    private void moveUp(Question question, String label) {
        driver().findElement(By.id("question-" + question.id()))
                .findElement(By.cssSelector("button[aria-label='Move up: " + label.replace("'", "\\'") + "']"))
                .click();
        waitForAjax();
    }

    private List<String> orderOnScreen(Question question) {
        return driver()
                .findElement(By.id("question-" + question.id()))
                .findElements(By.className("ordering__label"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private void answerAll(
            Map<String, Presentation> drawn, Map<String, Question> bank, boolean right, int from, int to) {
        List<String> keys = new ArrayList<>(drawn.keySet());
        for (int i = from; i < to; i++) {
            Question q = bank.get(keys.get(i));
            Presentation p = drawn.get(keys.get(i));
            answer(q, p, right ? RightAnswers.tokens(q, p) : RightAnswers.wrongTokens(q, p));
        }
    }

    private void endCoolDown() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE quiz_attempt SET submitted_at = ? WHERE person_id = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofMinutes(61))));
            s.setLong(2, trainee.id());
            s.executeUpdate();
        }
    }

    @Test
    void traineeLeavesHalfWayFindsEveryAnswerFailsWaitsOutTheCoolDownRetriesAndPasses() throws Exception {
        Map<String, Question> bank = bank(MODULE);
        signIn(trainee);
        open("trainee/module?key=" + MODULE);
        follow(By.id("toQuiz"));
        assertTrue(driver().findElement(By.id("rules")).getText().contains("Pass mark 80%"));
        assertAccessible();
        submit("quiz:start");
        assertAccessible();

        Map<String, Presentation> first = drawn();
        assertEquals(10, first.size());
        String attemptPage = driver().getPageSource();
        for (String key : first.keySet()) {
            Question q = bank.get(key);
            assertFalse(attemptPage.contains(q.explanation()), "the explanation of " + key + " reached the browser");
            if (!Answers.asked(q).options().isEmpty()) {
                for (var option : Answers.asked(q).options()) {
                    assertFalse(
                            attemptPage.contains("value=\"" + option.id() + "\""),
                            "bank option ids (which could reveal the key) reached the browser");
                    assertTrue(
                            option.feedback() == null || !attemptPage.contains(escaped(option.feedback())),
                            "the feedback of option " + option.id() + " of " + key + " reached the browser");
                }
            }
        }
        answerAll(first, bank, false, 0, 5);
        assertAccessible();

        driver().manage().deleteAllCookies(); // the tab and the session are gone
        signIn(trainee);
        open("trainee/quiz?module=" + MODULE);
        submit("quiz:start"); // "Continue your attempt"
        assertEquals(first, drawn(), "the same attempt, questions and order came back");
        assertTrue(
                driver().findElement(By.id("attempt:answered")).getText().contains("5 of 10"),
                driver().findElement(By.id("attempt:answered")).getText());
        List<String> keys = new ArrayList<>(first.keySet());
        for (int i = 0; i < 5; i++) {
            assertTrue(
                    driver().findElement(By.cssSelector("#question-" + keys.get(i) + " .question__status"))
                            .getText()
                            .contains("Answer saved"),
                    "answer " + keys.get(i) + " was kept");
        }
        answerAll(first, bank, false, 5, 10);
        submit("attempt:submit");

        assertTrue(driver().findElement(By.id("result")).getText().contains("Not passed"));
        assertEquals(10, driver().findElements(By.className("feedback-item")).size());
        Question one = bank.get(keys.get(0));
        assertTrue(
                driver().getPageSource().contains(one.explanation().replace("'", "&#39;"))
                        || driver().findElement(By.id("main")).getText().contains(one.explanation()),
                "explanations shown");
        String feedbackPage = driver().findElement(By.id("main")).getText();
        for (String key : keys) {
            List<String> feedback = Answers.asked(bank.get(key)).options().stream()
                    .map(QuizContent.Option::feedback)
                    .filter(f -> f != null)
                    .toList();
            assertTrue(
                    feedback.isEmpty() || feedback.stream().anyMatch(feedbackPage::contains),
                    "the feedback of the option chosen in " + key + " is shown");
        }
        assertTrue(driver().findElements(By.linkText("Read this part of the module again"))
                .get(0)
                .getAttribute("href")
                .contains("key=" + MODULE + "#"));
        assertAccessible();

        open("trainee/quiz?module=" + MODULE);
        assertTrue(driver().findElement(By.id("coolingDown")).getText().contains("You can try this quiz again from"));
        assertTrue(driver().findElements(By.id("quiz:start")).isEmpty(), "no start button during the cool-down");
        assertAccessible();

        endCoolDown();
        open("trainee/quiz?module=" + MODULE);
        submit("quiz:start");
        Map<String, Presentation> second = drawn();
        answerAll(second, bank, true, 0, 10);
        submit("attempt:submit");
        assertTrue(
                driver().findElement(By.id("result")).getText().contains("Passed: 100.0%"),
                driver().findElement(By.id("result")).getText());

        open("trainee/course");
        assertTrue(driver().findElement(By.id("main")).getText().contains("Assessment complete"));
        open("trainee/dashboard");
        assertTrue(driver().findElement(By.id("quizzesPassed")).getText().startsWith("1 of 8"));
    }

    @Test
    void eachChoiceIsNamedByItsOwnTextAndTheQuestionNamesTheGroupOfChoices() throws Exception {
        signIn(trainee);
        open("trainee/quiz?module=" + MODULE);
        submit("quiz:start");
        int checked = 0;
        for (String key : drawn().keySet()) {
            WebElement fieldset = driver().findElement(By.id("question-" + key));
            List<WebElement> inputs = fieldset.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
            if (inputs.isEmpty()) {
                continue; // matching and ordering questions have no choice inputs
            }
            WebElement group = fieldset.findElement(By.cssSelector("fieldset.choice-group"));
            String question = group.findElement(By.tagName("legend")).getText().strip();
            assertTrue(question.length() > 10, "the legend holds the question of " + key + ": " + question);
            assertEquals(
                    question, group.getAccessibleName().strip(), "the question names the group of choices of " + key);
            for (WebElement input : inputs) {
                String label = driver().findElement(By.xpath("//label[@for='" + input.getAttribute("id") + "']"))
                        .getText()
                        .strip();
                String name = input.getAccessibleName().strip();
                assertFalse(label.isEmpty(), "choice " + input.getAttribute("id") + " has a label");
                assertEquals(
                        label, name, "a screen reader reads the choice's own text for " + input.getAttribute("id"));
                assertFalse(name.contains(question), "the question is not read as each choice's name");
                checked++;
            }
        }
        assertTrue(checked >= 4, "the attempt had choices to check: " + checked);
        assertAccessible();
    }

    @Test
    void trainerSeesTheAttemptChangesTheGradeGrantsExtraTimeAndReadsQuestionStatistics() throws Exception {
        Map<String, Question> bank = bank(MODULE);
        signIn(trainee);
        open("trainee/quiz?module=" + MODULE);
        submit("quiz:start");
        Map<String, Presentation> drawn = drawn();
        answerAll(drawn, bank, true, 0, 3);
        driver().findElement(By.id("attempt:submit")).click(); // seven unanswered: the page asks first
        submit("unanswered-submit");
        signOut();

        signIn(trainer);
        open("trainer/quiz-results");
        assertAccessible();
        follow(By.linkText(nameOf(trainee)));
        assertTrue(
                driver().findElement(By.id("main")).getText().contains("30.0%"),
                driver().findElement(By.id("main")).getText());
        driver().findElement(By.tagName("summary")).click();
        assertTrue(driver().findElement(By.id("main")).getText().contains("Right answer"));
        assertAccessible();

        driver().findElement(By.cssSelector("input[id$=':score']")).sendKeys("85");
        driver().findElement(By.cssSelector("textarea[id$=':reason']")).sendKeys("Three questions were misprinted.");
        submit(By.cssSelector("input[id$=':override']"));
        assertTrue(driver().findElement(By.id("globalMessages")).getText().contains("grade was changed"));
        assertTrue(driver().findElement(By.id("main")).getText().contains("Three questions were misprinted."));

        submit("allow:save");
        assertTrue(
                driver().findElement(By.id("globalMessages")).getText().contains("may now take one more attempt"),
                driver().findElement(By.id("globalMessages")).getText());

        new Select(driver().findElement(By.id("extra:percent"))).selectByValue("50");
        submit("extra:save");
        assertTrue(driver().findElement(By.id("globalMessages")).getText().contains("50% extra time"));
        assertAccessible();

        open("trainer/quiz-statistics?module=" + MODULE);
        assertTrue(driver().findElement(By.id("attemptCount")).getText().endsWith("1"));
        assertEquals(
                10, driver().findElements(By.cssSelector("#items tbody tr")).size());
        assertFalse(
                driver().findElements(By.cssSelector("svg.stats-chart rect")).isEmpty());
        assertChartLabelsFit();
        assertAccessible();
        signOut();

        signIn(trainee);
        open("trainee/quiz?module=" + TIMED);
        assertTrue(
                driver().findElement(By.id("rules")).getText().contains("Time limit: 30 minutes"),
                driver().findElement(By.id("rules")).getText());
        open("trainee/quiz?module=" + MODULE);
        assertTrue(driver().findElement(By.id("passed")).getText().contains("85.0%"), "the override counts");
    }

    @Test
    void submittingWithUnansweredQuestionsWarnsAndSubmitsOnlyWhenTheTraineeSaysSo() throws Exception {
        Map<String, Question> bank = bank(MODULE);
        signIn(trainee);
        open("trainee/quiz?module=" + MODULE);
        submit("quiz:start");
        Map<String, Presentation> drawn = drawn();
        answerAll(drawn, bank, true, 0, 1);
        String attemptUrl = driver().getCurrentUrl();
        driver().findElement(By.id("attempt:submit")).click();
        WebElement warning = driver().findElement(By.id("unanswered-warning"));
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(d -> warning.isDisplayed());
        assertTrue(
                warning.getText().contains("You have not answered 9 questions: 2, 3, 4, 5, 6, 7, 8, 9, 10."),
                warning.getText());
        assertEquals(
                "unanswered-warning",
                driver().switchTo().activeElement().getAttribute("id"),
                "the warning takes the keyboard focus");
        assertEquals(attemptUrl, driver().getCurrentUrl(), "nothing was submitted");
        assertEquals(
                0,
                data.count(
                        "SELECT COUNT(*) FROM quiz_attempt WHERE person_id = ? AND submitted_at IS NOT NULL",
                        trainee.id()));
        assertAccessible();

        driver().findElement(By.id("unanswered-back")).click();
        assertFalse(warning.isDisplayed());
        String second = new ArrayList<>(drawn.keySet()).get(1);
        WebElement firstUnanswered = driver().findElement(By.id("question-" + second));
        new WebDriverWait(driver(), Duration.ofSeconds(5))
                .withMessage("the focus is in the first unanswered question")
                .until(d -> firstUnanswered
                        .findElements(By.cssSelector("*"))
                        .contains(d.switchTo().activeElement()));

        driver().findElement(By.id("attempt:submit")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(d -> warning.isDisplayed());
        submit("unanswered-submit");
        assertTrue(
                driver().findElement(By.id("result")).getText().contains("Not passed"),
                driver().findElement(By.id("main")).getText());

        open("trainee/course");
        String course = driver().findElement(By.id("main")).getText();
        assertFalse(
                course.matches("(?s).*\\d of \\d+Quiz.*"), "a module's progress runs into its quiz link: " + course);
    }

    @Test
    void theHideTimerButtonIsReadableAndWhenTimeRunsOutTheTraineeIsToldTheQuizWasSubmittedForThem() throws Exception {
        signIn(trainee);
        open("trainee/quiz?module=" + TIMED);
        submit("quiz:start");
        WebElement toggle = driver().findElement(By.id("timer-toggle"));
        double contrast = contrastRatio(toggle);
        assertTrue(contrast >= 4.5, "the Hide timer button's contrast is " + contrast + ":1");

        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE quiz_attempt SET deadline_at = ? WHERE person_id = ? AND submitted_at IS NULL")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().plusSeconds(4)));
            s.setLong(2, trainee.id());
            assertEquals(1, s.executeUpdate());
        }
        driver().navigate().refresh(); // the page now counts down the last seconds
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("attempt-result"));
        waitForAjax();
        assertTrue(
                driver().findElement(By.id("globalMessages"))
                        .getText()
                        .contains("Time was up, so your quiz was submitted for you"),
                driver().findElement(By.id("main")).getText());
        assertAccessible();
    }

    @Test
    void onAPhoneTheNavigationFoldsBehindAMenuButtonAndAMatchingQuestionFitsTheScreen() throws Exception {
        usePhone();
        signIn(trainee);
        open("trainee/dashboard");
        WebElement header = driver().findElement(By.cssSelector("header.site-header"));
        assertTrue(
                header.getSize().getHeight() <= PHONE_HEIGHT / 5,
                "the header takes " + header.getSize().getHeight() + " px of an " + PHONE_HEIGHT + " px screen");
        WebElement toggle = driver().findElement(By.id("nav-toggle"));
        By courseLink = By.cssSelector("#site-nav a[href*='trainee/course']");
        assertTrue(toggle.isDisplayed());
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertEquals("site-nav", toggle.getAttribute("aria-controls"));
        assertFalse(driver().findElement(courseLink).isDisplayed(), "the navigation is folded away");
        assertAccessible();

        toggle.sendKeys(Keys.ENTER); // the keyboard opens it
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(driver().findElement(courseLink).isDisplayed());
        assertAccessible();
        driver().findElement(courseLink).sendKeys(Keys.ESCAPE);
        assertEquals("false", toggle.getAttribute("aria-expanded"), "Escape closes the navigation");
        assertEquals(
                "nav-toggle",
                driver().switchTo().activeElement().getAttribute("id"),
                "and the focus goes back to the menu button");
        toggle.click();
        follow(courseLink);
        assertTrue(driver().getCurrentUrl().contains("trainee/course"), driver().getCurrentUrl());
        assertAccessible();

        // a matching question with long choices
        open("trainee/quiz?module=" + MODULE);
        submit("quiz:start");
        Map<String, Presentation> drawn = drawn();
        if (!drawn.containsKey("bp-04") && !drawn.containsKey("bp-15")) {
            String url = driver().getCurrentUrl();
            long attempt = Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
            try (Connection c = TestDatabase.dataSource().getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "UPDATE attempt_question SET question_key = 'bp-15', presentation = '0,1,2'"
                                    + " WHERE attempt_id = ? AND question_key = ?")) {
                s.setLong(1, attempt);
                s.setString(2, drawn.keySet().iterator().next());
                assertEquals(1, s.executeUpdate());
            }
            driver().navigate().refresh();
            waitForAjax();
        }
        assertFalse(driver().findElements(By.cssSelector(".matching select")).isEmpty(), "a matching question");
        assertAccessible(); // no sideways scroll

        // without the menu script the navigation stays open and reachable
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*js/nav.js*")));
        open("trainee/dashboard");
        assertTrue(driver().findElement(courseLink).isDisplayed(), "the navigation is there without the script");
        assertFalse(driver().findElement(By.id("nav-toggle")).isDisplayed(), "no button that would do nothing");
        assertAccessible();
    }

    private String nameOf(TestPeople.Person person) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT display_name FROM person WHERE id = ?")) {
            s.setLong(1, person.id());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void theTimerIsQuietBetweenAnnouncementsAndCanBeHidden() throws Exception {
        signIn(trainee);
        open("trainee/quiz?module=" + TIMED);
        submit("quiz:start");
        WebElement clock = driver().findElement(By.id("timer-clock"));
        assertEquals("timer", clock.getAttribute("role"));
        assertEquals("off", clock.getAttribute("aria-live"));
        assertTrue(clock.getText().matches("(19|20):\\d\\d"), clock.getText());
        String first = clock.getText();
        WebDriverWait ticks = new WebDriverWait(driver(), Duration.ofSeconds(10));
        ticks.withMessage("the clock ticked").until(d -> !clock.getText().equals(first));
        String second = clock.getText();
        ticks.withMessage("the clock ticked again").until(d -> !clock.getText().equals(second));
        assertEquals(
                "",
                driver().findElement(By.id("timer-announcement")).getAttribute("textContent"),
                "nothing is announced while the seconds tick");
        assertAccessible();

        driver().findElement(By.id("timer-toggle")).click();
        assertFalse(driver().findElement(By.id("timer-display")).isDisplayed());
        assertEquals("true", driver().findElement(By.id("timer-toggle")).getAttribute("aria-pressed"));
        driver().navigate().refresh();
        waitForAjax();
        assertFalse(driver().findElement(By.id("timer-display")).isDisplayed(), "the choice is remembered");
        assertEquals("Show timer", driver().findElement(By.id("timer-toggle")).getText());
        assertAccessible();
    }
}
