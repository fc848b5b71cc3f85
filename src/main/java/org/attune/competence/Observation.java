package org.attune.competence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.Getter;
import org.attune.catalog.EvidenceMethod;

/**
 * A trainer's observation of one practicum session: a rating of each competence with evidence notes, an overall
 * comment and the date. Two trainers may edit it; {@code version} makes the second to save notice the first.
 */
@Entity
@Table(name = "observation")
public class Observation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long sessionId;

    @Getter
    private long traineeId;

    @Getter
    private long trainerId;

    @Getter
    private LocalDate observedOn;

    @Getter
    private String overallComment;

    @Getter
    private long savedBy;

    @Getter
    private Instant savedAt;

    @OneToMany(mappedBy = "observation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CompetenceRating> ratings = new ArrayList<>();

    @Getter
    @Version
    private long version;

    protected Observation() {
        // for JPA
    }

    Observation(PracticumSession session, long trainerId) {
        this.sessionId = Objects.requireNonNull(session.getId());
        this.traineeId = session.getPersonId();
        this.trainerId = trainerId;
    }

    /**
     * Records the trainer's judgement; ratings already given for a competence are replaced. Each rating takes the
     * evidence method {@code methods} names for its competence ({@link EvidenceMethod#OBSERVED} if none).
     */
    void record(ObservationForm form, long trainer, Instant now, Map<String, EvidenceMethod> methods) {
        this.observedOn = Objects.requireNonNull(form.observedOn());
        this.overallComment = form.overallComment().strip();
        this.savedBy = trainer;
        this.savedAt = now;
        for (Map.Entry<String, ObservationForm.Judgement> e : form.judgements().entrySet()) {
            String evidence = e.getValue().evidence() == null
                    ? null
                    : e.getValue().evidence().strip();
            EvidenceMethod method = methods.getOrDefault(e.getKey(), EvidenceMethod.OBSERVED);
            Optional<CompetenceRating> existing = rating(e.getKey());
            if (existing.isPresent()) {
                existing.get().change(e.getValue().rating(), evidence, method);
            } else {
                ratings.add(new CompetenceRating(this, e.getKey(), e.getValue().rating(), evidence, method));
            }
        }
    }

    private Optional<CompetenceRating> rating(String competenceKey) {
        return ratings.stream()
                .filter(r -> r.getCompetenceKey().equals(competenceKey))
                .findFirst();
    }

    public List<CompetenceRating> getRatings() {
        return List.copyOf(ratings);
    }
}
