package org.attune.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * That a trainee is in a cohort, written as a row of its own: people who join a cohort at the same moment (six
 * registrations through one invitation) each insert one row and never update the cohort, so they do not conflict
 * over its version. {@link Cohort#members()} reads the same rows.
 */
@Entity
@Table(name = "cohort_member")
@IdClass(CohortMember.Key.class)
public class CohortMember {

    @Id
    @Column(updatable = false)
    private long cohortId;

    @Id
    @Column(updatable = false)
    private long personId;

    protected CohortMember() {
        // for JPA
    }

    CohortMember(Long cohortId, Long personId) {
        this.cohortId = Objects.requireNonNull(cohortId, "cohortId");
        this.personId = Objects.requireNonNull(personId, "personId");
    }

    /** The primary key: cohort and person. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long cohortId;
        private long personId;

        public Key() {
            // for JPA
        }

        Key(long cohortId, long personId) {
            this.cohortId = cohortId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.cohortId == cohortId && key.personId == personId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, personId);
        }
    }
}
