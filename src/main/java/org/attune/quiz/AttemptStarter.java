package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.attune.catalog.QuizDefinition;
import org.attune.content.QuizContent.Question;
import org.attune.learning.Enrolment;

/**
 * Creates an attempt in a transaction of its own, so that when two tabs start the same attempt at once the loser's
 * failure (the attempt number is unique per enrolment and module) can be answered with the winner's attempt.
 */
@ApplicationScoped
public class AttemptStarter {

    private final Random random = new SecureRandom();

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private QuestionBanks banks;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(long enrolmentId, long quizId, int number, Set<String> seen, int extraTimePercent) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        QuizDefinition quiz = em.find(QuizDefinition.class, quizId);
        Map<String, Question> bank = banks.of(quiz);
        QuizAttempt attempt = new QuizAttempt(enrolment, quiz, number, clock.instant(),
                Accommodation.extend(quiz.getTimeLimitMinutes(), extraTimePercent));
        for (String key : QuestionDraw.draw(bank.keySet(), seen, quiz.getDrawCount(), random)) {
            attempt.addQuestion(key, Presentation.of(bank.get(key), quiz.isShuffleOptions(), random));
        }
        em.persist(attempt);
        em.flush();
        return attempt.getId();
    }
}
