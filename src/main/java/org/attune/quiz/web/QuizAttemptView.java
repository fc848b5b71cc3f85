package org.attune.quiz.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.content.QuizContent.Question;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.NotFound;
import org.attune.platform.faces.Texts;
import org.attune.quiz.AttemptQuestion;
import org.attune.quiz.AttemptService;
import org.attune.quiz.InvalidAnswerException;
import org.attune.quiz.QuizAttempt;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code trainee/attempt.xhtml?id=}: the questions of an open attempt, each answer saved by ajax as it changes.
 * Holds only what the page shows; every answer lives in the database, so the attempt survives a lost session or node.
 */
@Named
@ViewScoped
public class QuizAttemptView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(QuizAttemptView.class.getName());

    @Inject
    private AttemptService attempts;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long id;

    private long personId;

    @Getter
    private String moduleKey;

    @Getter
    private String moduleTitle;

    @Getter
    private Instant deadline;

    @Getter
    private final List<ShownQuestion> questions = new ArrayList<>();

    @Getter
    private final Map<String, String> single = new HashMap<>();

    @Getter
    private final Map<String, String[]> multiple = new HashMap<>();

    @Getter
    private final Map<String, String[]> matching = new HashMap<>();

    @Getter
    private final Map<String, List<String>> ordering = new HashMap<>();

    private final Map<String, Boolean> saved = new HashMap<>();
    /** The number of the last autosave the server applied per question: the page's script numbers on from it. */
    private final Map<String, Long> sequences = new HashMap<>();
    /** Each answer as this page showed it on opening: only answers changed here are sent again on submission. */
    private final Map<String, List<String>> loaded = new HashMap<>();

    @Getter
    private String announcement = "";
    /** Set by the page's timer when it submits the attempt because time is up. */
    @Getter
    private boolean timeUp;

    public void load() throws IOException {
        QuizAttempt attempt;
        try {
            attempt = id == null ? null : attempts.open(id, currentUser.id());
        } catch (InvalidAnswerException e) {
            attempt = null;
        }
        if (attempt == null) {
            NotFound.send();
            return;
        }
        if (!attempt.isOpen()) {
            Faces.redirect("trainee/attempt-result?id=" + id);
            return;
        }
        personId = currentUser.id();
        moduleKey = attempt.getModuleKey();
        var quiz = attempts.quizOf(attempt);
        moduleTitle = quiz.moduleTitle();
        deadline = attempt.getDeadline();
        Map<String, Question> bank = attempts.bankOf(attempt);
        String course = quiz.courseCode();
        for (AttemptQuestion drawn : attempt.getQuestions()) {
            ShownQuestion shown = QuestionPresenter.shown(bank.get(drawn.getQuestionKey()), drawn, course);
            questions.add(shown);
            bind(shown);
            loaded.put(shown.key(), tokens(shown));
            saved.put(shown.key(), drawn.isAnswered());
            sequences.put(shown.key(), drawn.getAnswerSequence());
        }
    }

    private void bind(ShownQuestion q) {
        switch (q.type()) {
            case "single", "true-false" ->
                single.put(q.key(), q.answer().isEmpty() ? null : q.answer().get(0));
            case "multiple" -> multiple.put(q.key(), q.answer().toArray(String[]::new));
            case "matching" -> matching.put(q.key(), q.answer().toArray(String[]::new));
            case "ordering" -> ordering.put(q.key(), new ArrayList<>(q.answer()));
            default -> throw new IllegalStateException(q.type());
        }
    }

    /** Saves the answer to one question as the page holds it now. */
    public void save(String key) throws IOException {
        ShownQuestion q = question(key);
        List<String> tokens = tokens(q);
        try {
            switch (attempts.save(id, personId, key, tokens)) {
                case SAVED -> {
                    saved.put(key, true);
                    announcement = Texts.get("quiz.attempt.saved", q.number());
                }
                case TIME_UP -> {
                    Messages.addFlashGlobalWarn(Texts.get("quiz.attempt.timeUp"));
                    Faces.redirect("trainee/attempt-result?id=" + id);
                }
                case CLOSED -> {
                    Messages.addFlashGlobalInfo(Texts.get("quiz.attempt.closed"));
                    Faces.redirect("trainee/attempt-result?id=" + id);
                }
            }
        } catch (InvalidAnswerException e) {
            FailureMessages.show(e);
        }
    }

    /** Moves a step of an ordering question one place up (-1) or down (+1), and saves the new order. */
    public void move(String key, int index, int direction) throws IOException {
        List<String> order = ordering.get(key);
        int target = index + direction;
        if (order == null || index < 0 || index >= order.size() || target < 0 || target >= order.size()) {
            return;
        }
        Collections.swap(order, index, target);
        save(key);
        announcement = Texts.get("quiz.attempt.moved", question(key).getLabel(order.get(target)), target + 1);
    }

    /**
     * Saves the answers changed on this page (in case an autosave never arrived), then submits for grading. Answers
     * not touched here are left as stored, so a page opened earlier cannot undo answers given on another device.
     */
    public String submit() {
        Map<String, List<String>> answers = new HashMap<>();
        for (ShownQuestion q : questions) {
            List<String> now = tokens(q);
            if (!normalised(now).equals(normalised(loaded.get(q.key())))) {
                answers.put(q.key(), now);
            }
        }
        try {
            QuizAttempt submitted = attempts.submit(id, currentUser.id(), answers);
            if (timeUp || submitted.isTimedOut()) {
                Messages.addFlashGlobalWarn(Texts.get("quiz.attempt.submittedForYou"));
            }
        } catch (InvalidAnswerException e) {
            FailureMessages.show(e);
            return null;
        } catch (PersistenceException | TransactionalException e) {
            // The same submission arriving many times at once (a double click, a retry through another node): each
            // waits for the attempt's row lock; one whose wait failed finds the attempt graded by another, or asks
            // the trainee to submit again. Nothing was lost: the answers are saved as they are given.
            LOG.info(() -> "Submission of quiz attempt " + id + " did not complete: " + e);
            if (!attempts.isSubmitted(id, currentUser.id())) {
                Messages.addGlobalError(Texts.get("quiz.attempt.submitAgain"));
                return null;
            }
        }
        return "/trainee/attempt-result?faces-redirect=true&id=" + id;
    }

    private static List<String> normalised(List<String> tokens) {
        return tokens == null
                ? List.of()
                : tokens.stream().map(t -> t == null ? "" : t).toList();
    }

    private List<String> tokens(ShownQuestion q) {
        String key = q.key();
        return switch (q.type()) {
            case "single", "true-false" -> single.get(key) == null ? List.of() : List.of(single.get(key));
            case "multiple" -> multiple.get(key) == null ? List.of() : List.of(multiple.get(key));
            case "matching" -> Arrays.asList(matching.get(key));
            default -> ordering.get(key);
        };
    }

    private ShownQuestion question(String key) {
        return questions.stream()
                .filter(q -> q.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new InvalidAnswerException("quiz.answer.notInAttemptPage", key));
    }

    public long getAnsweredCount() {
        return saved.values().stream().filter(Boolean::booleanValue).count();
    }

    /** The number of the last autosave applied to this question, for the page's script to number on from. */
    public long sequence(String key) {
        return sequences.getOrDefault(key, 0L);
    }

    public boolean isSaved(String key) {
        return Boolean.TRUE.equals(saved.get(key));
    }

    public void setTimeUp(boolean timeUp) {
        this.timeUp = timeUp;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getNowMillis() {
        return clock.millis();
    }
}
