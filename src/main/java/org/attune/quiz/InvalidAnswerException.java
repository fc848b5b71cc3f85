package org.attune.quiz;

import org.attune.platform.Failure;

/** An answer or request the attempt refuses (a problem of the "answer"); its text says why in a trainee's words. */
public class InvalidAnswerException extends Failure.Invalid {

    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(String key, Object... arguments) {
        super("answer", key, arguments);
    }
}
