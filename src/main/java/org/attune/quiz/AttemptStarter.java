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
import org.attune.content.QuizContent.Question;

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
    public long create(
            long enrolmentId, long personId, long quizId, int number, Set<String> seen, int extraTimePercent) {
        QuizRules quiz = banks.rules(quizId);
        Map<String, Question> bank = banks.bank(quizId);
        QuizAttempt attempt = new QuizAttempt(
                enrolmentId,
                personId,
                quiz,
                number,
                clock.instant(),
                Accommodation.extend(quiz.timeLimitMinutes(), extraTimePercent));
        for (String key : QuestionDraw.draw(bank.keySet(), seen, quiz.drawCount(), random)) {
            attempt.addQuestion(key, Presentation.of(bank.get(key), quiz.shuffleOptions(), random));
        }
        em.persist(attempt);
        em.flush();
        return attempt.getId();
    }
}
