package org.attune.platform.persistence;

/** Persistence hints the features share, named once. */
public final class QueryHints {

    /**
     * EclipseLink's read-only hint: the results come from the shared cache without a copy for the persistence
     * context, so they are cheap to read and MUST NOT be changed (a change is silently lost). Use it for reference
     * data (syllabus versions, modules) and look-ups that are only displayed; never on an entity the caller edits.
     */
    public static final String READ_ONLY = "eclipselink.read-only";

    private QueryHints() {}
}
