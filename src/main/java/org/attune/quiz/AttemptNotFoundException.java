package org.attune.quiz;

/**
 * The attempt does not exist or belongs to someone else: the two are told apart by nobody, so that a trainee cannot
 * learn which attempt numbers exist. The API answers it 404; the pages show their not-found page.
 */
public class AttemptNotFoundException extends InvalidAnswerException {

    private static final long serialVersionUID = 1L;

    public AttemptNotFoundException() {
        super("quiz.attemptNotYours");
    }
}
