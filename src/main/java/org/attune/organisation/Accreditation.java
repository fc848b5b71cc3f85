package org.attune.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/**
 * One accreditation decision about a training organisation, valid from a date until another (or until the next
 * decision). Decisions are never changed: a new decision replaces the standing one, and the history stays.
 */
@Entity
@Table(name = "accreditation")
public class Accreditation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long organisationId;

    @Getter
    @Enumerated(EnumType.STRING)
    private AccreditationOutcome outcome;

    @Getter
    private String focus;

    @Getter
    @Column(name = "conditions_text")
    private String conditions;

    private Long decidedBy;

    @Getter
    private Instant decidedAt;

    @Getter
    private Instant validFrom;

    @Getter
    private Instant validUntil;

    protected Accreditation() {
        // for JPA
    }

    public Accreditation(
            long organisationId,
            AccreditationOutcome outcome,
            String focus,
            String conditions,
            Long decidedBy,
            Instant decidedAt,
            Instant validUntil) {
        this.organisationId = organisationId;
        this.outcome = Objects.requireNonNull(outcome);
        this.focus = focus;
        this.conditions = conditions;
        this.decidedBy = decidedBy;
        this.decidedAt = Objects.requireNonNull(decidedAt);
        this.validFrom = decidedAt;
        if (outcome.accredits() && (validUntil == null || !validUntil.isAfter(decidedAt))) {
            throw new IllegalArgumentException("An accreditation needs a validity that ends after the decision.");
        }
        this.validUntil = validUntil;
    }

    /** Whether this decision accredits the organisation at the given moment. */
    public boolean accreditsAt(Instant moment) {
        return outcome.accredits() && !moment.isBefore(validFrom) && moment.isBefore(validUntil);
    }
}
