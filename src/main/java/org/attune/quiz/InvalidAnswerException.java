package org.attune.quiz;

/** An answer or request the attempt refuses; the message says why in words a trainee can read. */
public class InvalidAnswerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(String message) {
        super(message);
    }
}
