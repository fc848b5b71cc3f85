package org.attune.workforce;

/** A roster entry refused, with the field it is about ("number" or "name") and a message for it. */
public class InvalidRosterEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRosterEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
