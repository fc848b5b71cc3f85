package org.attune.competence;

import java.io.Serializable;
import java.util.List;

/** Whether a trainer may sign a trainee off: every competence rated competent and the practicum target met. */
public record Eligibility(List<String> competencesMissing, int competences, Practicum practicum)
        implements Serializable {

    public boolean ready() {
        return competences > 0 && competencesMissing.isEmpty() && practicum.met();
    }

    public String getMissingText() {
        return String.join(", ", competencesMissing);
    }

    public boolean isReady() {
        return ready();
    }
}
