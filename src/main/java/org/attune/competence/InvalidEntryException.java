package org.attune.competence;

import java.util.Map;

/** Input that breaks a rule, with a message per field so a form can show each next to its field. */
public class InvalidEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    public InvalidEntryException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    public InvalidEntryException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
