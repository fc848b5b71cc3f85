package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.catalog.QuizDefinition;
import org.attune.content.QuizContent.Question;

/**
 * The rules and question banks of imported quizzes, read once per quiz definition: imported versions never change,
 * so every node may keep them for as long as it runs.
 */
@ApplicationScoped
public class QuestionBanks {

    private static final Type QUESTION_LIST = new ArrayList<Question>() {
        private static final long serialVersionUID = 1L;
    }.getClass().getGenericSuperclass();

    /** A quiz as read once: its rules and its questions by id, in the bank's order. */
    private record Loaded(QuizRules rules, Map<String, Question> bank) {}

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    private final Map<Long, Loaded> quizzes = new ConcurrentHashMap<>();

    /** The quiz's questions by id, in the bank's order. */
    public Map<String, Question> bank(long quizId) {
        return load(quizId).bank();
    }

    public QuizRules rules(long quizId) {
        return load(quizId).rules();
    }

    private Loaded load(long quizId) {
        Loaded loaded = quizzes.get(quizId);
        if (loaded == null) {
            QuizDefinition quiz = em.find(QuizDefinition.class, quizId);
            if (quiz == null) {
                throw new IllegalArgumentException("No quiz " + quizId);
            }
            loaded = new Loaded(QuizRules.of(quiz), read(quiz.getQuestionsJson()));
            quizzes.putIfAbsent(quizId, loaded);
        }
        return loaded;
    }

    private static Map<String, Question> read(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            List<Question> questions = jsonb.fromJson(json, QUESTION_LIST);
            Map<String, Question> byId = new LinkedHashMap<>();
            questions.forEach(q -> byId.put(q.id(), q));
            return Collections.unmodifiableMap(byId);
        } catch (Exception e) {
            throw new IllegalStateException("An imported question bank cannot be read", e);
        }
    }
}
