package org.attune.competence.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A trainer's overall comment on an observed session, with its evidence files, as trainees and trainers see it. */
public record Feedback(
        long observationId,
        long sessionId,
        int sessionNumber,
        LocalDate observedOn,
        String trainer,
        String comment,
        List<EvidenceLink> files)
        implements Serializable {

    /** A downloadable evidence file. */
    public record EvidenceLink(long id, String name, long size) implements Serializable {

        public String getSizeText() {
            return size < 1024 * 1024
                    ? Math.max(1, size / 1024) + " KB"
                    : String.format(Locale.UK, "%.1f MB", size / (1024.0 * 1024));
        }
    }
}
