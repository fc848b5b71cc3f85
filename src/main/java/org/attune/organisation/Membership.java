package org.attune.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.attune.account.Person;

/** That a person belongs to an organisation: it decides whose records trainers and managers may see. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * Lazy (the entities are woven at build time): a membership is read to find a person's organisation, on most
     * pages, and nothing reads its person back; an eager load would read the person's row and roles each time.
     */
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    private Instant joinedAt;

    protected Membership() {
        // for JPA
    }

    public Membership(Person person, Organisation organisation, Instant joinedAt) {
        this.person = Objects.requireNonNull(person, "person");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
    }

    void moveTo(Organisation other, Instant now) {
        this.organisation = Objects.requireNonNull(other);
        this.joinedAt = now;
    }

    public Person person() {
        return person;
    }

    public Organisation organisation() {
        return organisation;
    }
}
