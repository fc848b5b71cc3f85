package org.attune.competence;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * One class a trainee delivered during training, as they logged it. Holds no names or identifying details of
 * families: only how many took part.
 */
@Entity
@Table(name = "practicum_session")
public class PracticumSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting", nullable = false)
    private Setting setting;

    @Column(name = "session_number", nullable = false)
    private int sessionNumber;

    @Column(name = "families", nullable = false)
    private int families;

    @Column(name = "reflection", nullable = false)
    private String reflection;

    @Column(name = "parent_feedback", nullable = false)
    private String parentFeedback;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Version
    private long version;

    protected PracticumSession() {
        // for JPA
    }

    PracticumSession(long personId, PracticumEntry entry, Instant loggedAt) {
        this.personId = personId;
        this.loggedAt = Objects.requireNonNull(loggedAt);
        change(entry);
    }

    final void change(PracticumEntry entry) {
        this.date = Objects.requireNonNull(entry.date());
        this.setting = Objects.requireNonNull(entry.setting());
        this.sessionNumber = entry.sessionNumber();
        this.families = entry.families();
        this.reflection = entry.reflection().strip();
        this.parentFeedback = entry.parentFeedback().strip();
    }

    public PracticumEntry entry() {
        return new PracticumEntry(date, setting, sessionNumber, families, reflection, parentFeedback);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getDate() {
        return date;
    }

    public Setting getSetting() {
        return setting;
    }

    public int getSessionNumber() {
        return sessionNumber;
    }

    public int getFamilies() {
        return families;
    }

    public String getReflection() {
        return reflection;
    }

    public String getParentFeedback() {
        return parentFeedback;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public long getVersion() {
        return version;
    }
}
