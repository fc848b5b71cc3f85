package org.attune.competence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.catalog.EvidenceMethod;

/**
 * A trainee's record against the competence framework: per competence every rating given (a "not observed" is no
 * rating), newest first, and what the competence still needs before a sign-off (see {@link Row#need()}).
 */
public record CompetenceRecord(List<Row> rows) implements Serializable {

    /** Observations on this many different dates, rated competent, evidence an {@code observed} competence. */
    public static final int OBSERVED_DATES_NEEDED = 2;

    /** What a competence still needs before a sign-off; {@link #NOTHING} once its evidence is complete. */
    public enum Need {
        NOTHING,
        TWO_OBSERVATIONS,
        ONE_MORE_OBSERVATION,
        DISCUSSION,
        PORTFOLIO
    }

    /** One rating as given in one observation, under the evidence method its competence had then. */
    public record Entry(
            LocalDate observedOn, Rating rating, String evidence, String trainer, long sessionId, EvidenceMethod method)
            implements Serializable {}

    /** One competence: its descriptors, its evidence method and the history of ratings, newest first. */
    public record Row(
            String key,
            String title,
            String competent,
            String notYetCompetent,
            EvidenceMethod method,
            List<Entry> history)
            implements Serializable {

        public Entry latest() {
            return history.isEmpty() ? null : history.get(0);
        }

        /** Whether the latest rating is competent (which alone does not make the evidence complete). */
        public boolean isCompetent() {
            return latest() != null && latest().rating() == Rating.COMPETENT;
        }

        /**
         * The rule for sign-off. Only competent ratings newer than the latest "not yet competent" count, and only
         * those given under the competence's own method: for {@code observed}, observations on at least
         * {@value #OBSERVED_DATES_NEEDED} different dates; for {@code discussion} or {@code portfolio}, one rating.
         */
        public Need need() {
            Set<LocalDate> dates = new HashSet<>();
            for (Entry e : history) {
                if (e.rating() == Rating.NOT_YET_COMPETENT) {
                    break;
                }
                if (e.rating() == Rating.COMPETENT && e.method() == method) {
                    dates.add(e.observedOn());
                }
            }
            return switch (method) {
                case OBSERVED ->
                    dates.size() >= OBSERVED_DATES_NEEDED
                            ? Need.NOTHING
                            : dates.isEmpty() ? Need.TWO_OBSERVATIONS : Need.ONE_MORE_OBSERVATION;
                case DISCUSSION -> dates.isEmpty() ? Need.DISCUSSION : Need.NOTHING;
                case PORTFOLIO -> dates.isEmpty() ? Need.PORTFOLIO : Need.NOTHING;
            };
        }

        /** Whether the competence has all the evidence its method needs for a sign-off. */
        public boolean isEvidenced() {
            return need() == Need.NOTHING;
        }

        public Entry getLatest() {
            return latest();
        }

        public Need getNeed() {
            return need();
        }
    }

    /** What one competence still needs, for the sign-off checklist. */
    public record Missing(String title, Need need) implements Serializable {}

    /** How many competences have all the evidence they need. */
    public int evidencedCount() {
        return (int) rows.stream().filter(Row::isEvidenced).count();
    }

    public boolean allEvidenced() {
        return !rows.isEmpty() && evidencedCount() == rows.size();
    }

    /** The competences whose evidence is not complete yet, in framework order, with what each needs. */
    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        rows.stream().filter(r -> !r.isEvidenced()).forEach(r -> missing.add(new Missing(r.title(), r.need())));
        return missing;
    }

    public int getEvidencedCount() {
        return evidencedCount();
    }
}
