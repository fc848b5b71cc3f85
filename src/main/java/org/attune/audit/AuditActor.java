package org.attune.audit;

import java.util.Optional;

/**
 * The one format of an audit event's actor: a person's id in digits; one of the named system actors for work no
 * person asked for; null when nobody is known (an anonymous request, a sign-in with an unknown address). The audit
 * page turns a person's id back into a name with {@link #personId}.
 */
public final class AuditActor {

    /** Demo data written at start-up in the run mode. */
    public static final String DEMO_DATA = "demo-data";
    /** The content import every node runs at start-up. */
    public static final String START_UP = "start-up";

    private AuditActor() {}

    /** The actor for something a signed-in person did. */
    public static String person(long personId) {
        return String.valueOf(personId);
    }

    /** The person behind an actor, when it is a person. */
    public static Optional<Long> personId(String actor) {
        return actor != null && actor.matches("\\d{1,18}") ? Optional.of(Long.parseLong(actor)) : Optional.empty();
    }
}
