package org.attune.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A problem a service reports to a person: the request is refused and nothing was changed. The kind says how the
 * page and the API answer it (pages: {@code platform.faces.FailureMessages}; API: {@code ProblemMappers.Failures}),
 * the {@link Text} says why in the person's words. {@link #getMessage()} is the English sentence, for logs and tests.
 */
public abstract class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Text text;

    protected Failure(Text text) {
        super(text.key());
        this.text = text;
    }

    public Text text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.render();
    }

    /** What was asked for does not exist (or the person may not know it exists). API: 404. */
    public static class NotFound extends Failure {
        private static final long serialVersionUID = 1L;

        public NotFound(String key, Object... arguments) {
            super(Text.of(key, arguments));
        }
    }

    /** The person may not do this. API: 403. */
    public static class NotAllowed extends Failure {
        private static final long serialVersionUID = 1L;

        public NotAllowed(String key, Object... arguments) {
            super(Text.of(key, arguments));
        }
    }

    /** The thing is not in a state that allows this (already done, changed by someone else, not yet due). API: 409. */
    public static class Conflict extends Failure {
        private static final long serialVersionUID = 1L;

        public Conflict(String key, Object... arguments) {
            super(Text.of(key, arguments));
        }
    }

    /**
     * Input that breaks a rule, with a problem per field so a form can show each next to its field (a field the form
     * does not have is shown at the top). API: 400.
     */
    public static class Invalid extends Failure {
        private static final long serialVersionUID = 1L;

        private final transient Map<String, Text> problems;

        public Invalid(Map<String, Text> problems) {
            super(problems.values().iterator().next());
            this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }

        public Invalid(String field, String key, Object... arguments) {
            this(Map.of(field, Text.of(key, arguments)));
        }

        /** Each field and its problem, in the order the service found them. */
        public Map<String, Text> problems() {
            return problems;
        }

        /** Every problem's sentence, one after the other (the API's detail). */
        @Override
        public String getMessage() {
            return problems.values().stream().map(Text::render).collect(Collectors.joining(" "));
        }
    }
}
