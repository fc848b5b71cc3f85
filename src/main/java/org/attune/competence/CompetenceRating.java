package org.attune.competence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import lombok.Getter;
import org.attune.catalog.EvidenceMethod;

/**
 * One competence as rated in one observation, with the trainer's evidence notes and the evidence method its
 * competence had when the rating was given (what a sign-off counts it as; see {@link CompetenceRecord}).
 */
@Entity
@Table(name = "competence_rating")
public class CompetenceRating implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "observation_id", nullable = false)
    private Observation observation;

    @Getter
    private String competenceKey;

    @Getter
    @Enumerated(EnumType.STRING)
    private Rating rating;

    @Getter
    private String evidence;

    @Getter
    @Enumerated(EnumType.STRING)
    private EvidenceMethod method;

    protected CompetenceRating() {
        // for JPA
    }

    CompetenceRating(
            Observation observation, String competenceKey, Rating rating, String evidence, EvidenceMethod method) {
        this.observation = observation;
        this.competenceKey = Objects.requireNonNull(competenceKey);
        change(rating, evidence, method);
    }

    final void change(Rating newRating, String newEvidence, EvidenceMethod newMethod) {
        this.rating = Objects.requireNonNull(newRating);
        this.method = Objects.requireNonNull(newMethod);
        this.evidence = newEvidence == null || newEvidence.isBlank() ? null : newEvidence;
    }
}
