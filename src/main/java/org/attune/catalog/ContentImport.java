package org.attune.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import lombok.Getter;

/** One attempt to import the content tree, kept for the administrators' Content page. */
@Entity
@Table(name = "content_import")
public class ContentImport {

    /** What an import attempt did. */
    public enum Outcome {
        /** A new syllabus version is live. */
        IMPORTED,
        /** The files were the same as the live version: nothing to do. */
        UNCHANGED,
        /** The files have problems: nothing was imported and the last good version stays live. */
        REJECTED
    }

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private String requestedBy;

    @Getter
    private Instant attemptedAt;

    @Getter
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Getter
    private Long syllabusVersionId;

    @Getter
    private long durationMs;

    private String problems;

    protected ContentImport() {
        // for JPA
    }

    ContentImport(
            String requestedBy,
            Instant attemptedAt,
            Outcome outcome,
            Long syllabusVersionId,
            long durationMs,
            String problems) {
        this.requestedBy = requestedBy;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.syllabusVersionId = syllabusVersionId;
        this.durationMs = durationMs;
        this.problems = problems;
    }

    public List<String> getProblemLines() {
        return problems == null || problems.isBlank() ? List.of() : List.of(problems.split("\n"));
    }
}
