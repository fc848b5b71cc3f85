package org.attune.competence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.Getter;

/**
 * One class a trainee delivered during training, as they logged it. Holds no names or identifying details of
 * families: only their anonymised codes within the programme (F1, F2 ...) and how many took part. Sessions logged
 * before family codes existed have a count and no codes.
 */
@Entity
@Table(name = "practicum_session")
public class PracticumSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long personId;

    @Getter
    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Getter
    @Enumerated(EnumType.STRING)
    private Setting setting;

    @Getter
    private int programme;

    @Getter
    private int sessionNumber;

    @Getter
    private int families;

    @ElementCollection
    @CollectionTable(name = "practicum_family", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "family_code", nullable = false)
    @OrderBy
    private List<String> familyCodes = new ArrayList<>();

    @Getter
    private String reflection;

    @Getter
    private String parentFeedback;

    @Getter
    private Instant loggedAt;

    @Getter
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
        this.programme = entry.programme();
        this.sessionNumber = entry.sessionNumber();
        this.families = entry.families();
        this.familyCodes.clear();
        this.familyCodes.addAll(entry.familyCodes());
        this.reflection = entry.reflection().strip();
        this.parentFeedback = entry.parentFeedback().strip();
    }

    public PracticumEntry entry() {
        return new PracticumEntry(date, setting, programme, sessionNumber, familyCodes, reflection, parentFeedback);
    }

    /**
     * Whether {@code changed} only adds what a session logged before family codes lacks (its family codes, and its
     * programme, which the migration set to 1) and leaves everything a trainer may have observed as it was.
     */
    boolean onlyAddsFamilyCodes(PracticumEntry changed) {
        return isUncoded()
                && changed.date() != null
                && changed.date().equals(date)
                && changed.setting() == setting
                && changed.sessionNumber() == sessionNumber
                && changed.reflection() != null
                && changed.reflection().strip().equals(reflection)
                && changed.parentFeedback() != null
                && changed.parentFeedback().strip().equals(parentFeedback);
    }

    /** Logged before family codes existed: a count of families, no codes. */
    public boolean isUncoded() {
        return familyCodes.isEmpty();
    }

    public List<String> getFamilyCodes() {
        return List.copyOf(familyCodes);
    }
}
