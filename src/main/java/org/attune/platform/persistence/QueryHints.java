package org.attune.platform.persistence;

/** Persistence hints the features share, named once. */
public final class QueryHints {

    /**
     * EclipseLink's read-only hint: the results come from the shared cache without a copy for the persistence
     * context, so they are cheap to read and MUST NOT be changed (a change is silently lost). Use it for reference
     * data (syllabus versions, modules) and look-ups that are only displayed; never on an entity the caller edits.
     */
    public static final String READ_ONLY = "eclipselink.read-only";

    /**
     * EclipseLink's batch reading: names a relationship of the query's results (for example {@code "s.familyCodes"})
     * to read for all results in one further query, instead of one query per result. Use with {@link #BATCH_TYPE}
     * {@code IN} in look-ups over many owners (a trainer's dashboard of a whole cohort).
     */
    public static final String BATCH = "eclipselink.batch";

    /** How {@link #BATCH} reads: {@code IN} (by the owners' ids) keeps the further query simple. */
    public static final String BATCH_TYPE = "eclipselink.batch.type";

    private QueryHints() {}
}
