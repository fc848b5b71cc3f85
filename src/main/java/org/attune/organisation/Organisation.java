package org.attune.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.attune.platform.Failure;

/** A training organisation or an employer. Names are unique. */
@Entity
@Table(name = "organisation")
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NAME = 200;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @Getter
    @Column(length = MAX_NAME)
    private String name;

    @Getter
    private String contactEmail;

    @Getter
    private String website;

    @Getter
    private String curriculumSummary;

    @Column(updatable = false)
    private Instant createdAt;

    @Getter
    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(OrganisationKind kind, String name, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        this.name = newName.strip();
    }

    /** The summary of the curriculum the public profile shows (training organisations). */
    public void describeCurriculum(String summary) {
        if (summary != null && summary.strip().length() > 5000) {
            throw new Failure.Invalid("summary", "organisation.curriculum.tooLong");
        }
        this.curriculumSummary = blankToNull(summary);
    }

    public void changeContact(String email, String site) {
        this.contactEmail = blankToNull(email);
        this.website = blankToNull(site);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isTraining() {
        return kind == OrganisationKind.TRAINING;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation organisation && name != null && name.equals(organisation.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
