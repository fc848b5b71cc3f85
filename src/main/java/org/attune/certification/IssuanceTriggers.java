package org.attune.certification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.competence.PracticeSignedOff;
import org.attune.quiz.QuizPassed;

/**
 * Issues a certificate automatically when the last criterion is met: after a quiz pass or a sign-off that counts
 * has been committed, eligibility is checked on a managed thread (issuance is idempotent, so checking twice is
 * harmless). The trainee's dashboard checks too, which covers the last section read.
 */
@ApplicationScoped
public class IssuanceTriggers {

    private static final Logger LOG = Logger.getLogger(IssuanceTriggers.class.getName());

    @Inject
    private CertificationService certification;

    @Resource
    private ManagedExecutorService executor;

    void quizPassed(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizPassed event) {
        check(event.personId());
    }

    void signedOff(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeSignedOff event) {
        check(event.traineeId());
    }

    private void check(long personId) {
        executor.execute(() -> {
            try {
                certification.issueIfEligible(personId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not check certificate eligibility of person " + personId, e);
            }
        });
    }
}
