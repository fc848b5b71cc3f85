package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.competence.PracticeSignedOff;
import org.attune.quiz.QuizPassed;

/**
 * Issues a certificate automatically when the last criterion is met: once a quiz pass or a sign-off that counts is
 * committed, eligibility is checked in a new transaction (issuance is idempotent, so checking twice is harmless; a
 * failure here is logged and never undoes what was committed). The trainee's dashboard checks too, which covers the
 * last section read.
 */
@ApplicationScoped
public class IssuanceTriggers {

    private static final Logger LOG = Logger.getLogger(IssuanceTriggers.class.getName());

    @Inject
    private CertificationService certification;

    void quizPassed(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizPassed event) {
        check(event.personId());
    }

    void signedOff(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeSignedOff event) {
        check(event.traineeId());
    }

    private void check(long personId) {
        try {
            certification.issueIfEligible(personId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check certificate eligibility of person " + personId, e);
        }
    }
}
