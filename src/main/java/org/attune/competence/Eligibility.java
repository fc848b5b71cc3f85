package org.attune.competence;

import java.io.Serializable;
import java.util.List;

/**
 * Whether a trainer may sign a trainee off: every competence with the evidence its method needs (see
 * {@link CompetenceRecord.Row#need()}) and the practicum target met.
 */
public record Eligibility(List<CompetenceRecord.Missing> competencesMissing, int competences, Practicum practicum)
        implements Serializable {

    public boolean ready() {
        return competences > 0 && competencesMissing.isEmpty() && practicum.met();
    }

    /** The titles of the competences still missing evidence, comma-separated. */
    public String getMissingText() {
        return String.join(
                ", ",
                competencesMissing.stream().map(CompetenceRecord.Missing::title).toList());
    }

    public boolean isReady() {
        return ready();
    }
}
