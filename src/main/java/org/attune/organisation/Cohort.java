package org.attune.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import org.attune.account.Person;
import org.attune.platform.Failure;

/** A group of trainees that a training organisation trains together. Names are unique within an organisation. */
@Entity
@Table(name = "cohort")
public class Cohort implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NAME = 200;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Getter
    @Column(length = MAX_NAME)
    private String name;

    /** Read only here: trainees join through {@link CohortService#enrol}, which leaves the cohort's version alone. */
    @ManyToMany
    @JoinTable(
            name = "cohort_member",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> members = new HashSet<>();

    @Column(updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Cohort() {
        // for JPA
    }

    public Cohort(Organisation organisation, String name, Instant createdAt) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (!organisation.isTraining()) {
            throw new IllegalArgumentException("Only training organisations have cohorts");
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new Failure.Invalid("name", "cohort.nameInvalid", MAX_NAME);
        }
        this.name = name.strip();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean belongsTo(Organisation other) {
        return other != null && organisation.getId().equals(other.getId());
    }

    public Set<Person> members() {
        return Collections.unmodifiableSet(members);
    }

    public int getMemberCount() {
        return members.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cohort cohort && id != null && id.equals(cohort.id);
    }

    @Override
    public int hashCode() {
        return Cohort.class.hashCode();
    }
}
