package org.attune.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.attune.account.Person;
import org.attune.catalog.SyllabusVersion;

/**
 * A trainee on a course, on the syllabus version that was live when they enrolled: they keep it until they finish,
 * even when a newer version is imported.
 *
 * <p>Nothing changes an enrolment in memory: the last activity is written by one {@code UPDATE} statement in
 * {@link LearningService}, so the look-ups may read enrolments with the read-only hint (no change tracking) and
 * nothing can be lost by it. {@code EnrolmentTest} keeps it so: a method that changed a field would need the hint
 * gone from every look-up first.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * Lazy (the entities are woven at build time): the pages that read an enrolment (module, quiz, course) check
     * whose it is by {@link #personId} and never need the person, whose row and roles an eager load would read with
     * every enrolment. Safe because no view keeps an enrolment between requests.
     */
    @Getter
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(insertable = false, updatable = false)
    private Long personId;

    private String courseCode;

    @Getter
    @ManyToOne(optional = false)
    @JoinColumn(name = "syllabus_version_id", nullable = false)
    private SyllabusVersion syllabus;

    private Instant enrolledAt;

    @Getter
    private String lastModuleKey;

    @Getter
    private Instant lastActivityAt;

    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    Enrolment(Person person, SyllabusVersion syllabus, Instant now) {
        this.person = Objects.requireNonNull(person);
        this.personId = person.id();
        this.syllabus = Objects.requireNonNull(syllabus);
        this.courseCode = syllabus.getCourseCode();
        this.enrolledAt = now;
    }

    /** Whose enrolment this is, without loading the person. */
    public long getPersonId() {
        return personId;
    }
}
