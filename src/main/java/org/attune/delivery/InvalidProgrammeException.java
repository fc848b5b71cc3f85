package org.attune.delivery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A programme form that breaks a rule, with the bundle key of the message for each field. */
public class InvalidProgrammeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    public InvalidProgrammeException(Map<String, String> problems) {
        super(String.join(" ", problems.keySet()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field name to bundle key. */
    public Map<String, String> problems() {
        return problems;
    }
}
