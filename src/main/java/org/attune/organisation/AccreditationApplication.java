package org.attune.organisation;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import org.attune.platform.Failure;

/**
 * A training organisation's application for accreditation: a statement per criterion, reviewed criterion by
 * criterion (met or not, with a comment) by an administrator, then decided. One open application per organisation.
 */
@Entity
@Table(name = "accreditation_application")
public class AccreditationApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A review or a decision of an application that has been decided (by someone else, or in another tab). */
    public static class AlreadyDecidedException extends Failure.Conflict {

        private static final long serialVersionUID = 1L;

        public AlreadyDecidedException() {
            super("accreditation.decided");
        }
    }

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long organisationId;

    private long submittedBy;

    @Getter
    private Instant submittedAt;

    @Getter
    private String state;

    @Getter
    private Long accreditationId;

    private Long decidedBy;

    private Long openOrganisationId;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("criterion")
    private List<ApplicationCriterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected AccreditationApplication() {
        // for JPA
    }

    AccreditationApplication(
            long organisationId,
            long submittedBy,
            Instant submittedAt,
            Map<Integer, String> statements,
            Map<Integer, Set<String>> documents) {
        this.organisationId = organisationId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.state = "SUBMITTED";
        this.openOrganisationId = organisationId;
        statements.forEach((n, text) ->
                criteria.add(new ApplicationCriterion(this, n, text.strip(), documents.getOrDefault(n, Set.of()))));
    }

    void review(int criterion, boolean met, String comment) {
        requireOpen();
        criteria.stream()
                .filter(c -> c.getCriterion() == criterion)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criterion " + criterion))
                .review(met, comment);
    }

    void decided(long accreditation, long by) {
        requireOpen();
        if (criteria.stream().anyMatch(c -> c.getReview() == null)) {
            throw new Failure.Conflict("review.reviewEvery");
        }
        this.state = "DECIDED";
        this.accreditationId = accreditation;
        this.decidedBy = by;
        this.openOrganisationId = null;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new AlreadyDecidedException();
        }
    }

    /** Whether the administrator reviewed criterion {@code number} as met. */
    public boolean met(int number) {
        return criteria.stream().anyMatch(c -> c.getCriterion() == number && "MET".equals(c.getReview()));
    }

    public boolean allMet() {
        return criteria.stream().allMatch(c -> "MET".equals(c.getReview()));
    }

    public boolean isOpen() {
        return "SUBMITTED".equals(state);
    }

    public List<ApplicationCriterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
