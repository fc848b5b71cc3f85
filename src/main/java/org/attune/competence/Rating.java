package org.attune.competence;

import java.util.List;
import java.util.stream.Stream;

/** A trainer's judgement of one competence in one observed session. */
public enum Rating {
    COMPETENT,
    NOT_YET_COMPETENT,
    NOT_OBSERVED;

    /** Whether this is a judgement (and so needs evidence notes and counts in the record). */
    public boolean isGiven() {
        return this != NOT_OBSERVED;
    }

    /** The ratings that are judgements, as {@link #isGiven()} says. */
    public static List<Rating> given() {
        return Stream.of(values()).filter(Rating::isGiven).toList();
    }
}
