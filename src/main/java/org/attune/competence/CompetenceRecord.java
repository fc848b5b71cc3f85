package org.attune.competence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A trainee's record against the competence framework: per competence the latest rating given (a "not observed"
 * is no rating), and every earlier one as history.
 */
public record CompetenceRecord(List<Row> rows) implements Serializable {

    /** One rating as given in one observation. */
    public record Entry(LocalDate observedOn, Rating rating, String evidence, String trainer, long sessionId)
            implements Serializable {
    }

    /** One competence: its descriptors, the rating that counts and the history, newest first. */
    public record Row(String key, String title, String competent, String notYetCompetent, List<Entry> history)
            implements Serializable {

        public Entry latest() {
            return history.isEmpty() ? null : history.get(0);
        }

        public boolean isCompetent() {
            return latest() != null && latest().rating() == Rating.COMPETENT;
        }

        public Entry getLatest() {
            return latest();
        }
    }

    public int competentCount() {
        return (int) rows.stream().filter(Row::isCompetent).count();
    }

    public boolean allCompetent() {
        return !rows.isEmpty() && competentCount() == rows.size();
    }

    /** The competences not (yet) rated competent, by title. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        rows.stream().filter(r -> !r.isCompetent()).forEach(r -> missing.add(r.title()));
        return missing;
    }

    public int getCompetentCount() {
        return competentCount();
    }
}
