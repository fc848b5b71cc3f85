package org.attune.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A certificate on an employer's roster of facilitators ("My facilitators"). */
@Entity
@Table(name = "roster_entry")
public class RosterEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id", nullable = false)
    private long employerId;

    @Column(name = "certificate_number", nullable = false)
    private String certificateNumber;

    @Column(name = "added_by", nullable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected RosterEntry() {
        // for JPA
    }

    RosterEntry(long employerId, String certificateNumber, long addedBy, Instant addedAt) {
        this.employerId = employerId;
        this.certificateNumber = certificateNumber;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public long getEmployerId() {
        return employerId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
