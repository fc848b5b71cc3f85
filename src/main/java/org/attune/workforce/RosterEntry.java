package org.attune.workforce;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import lombok.Getter;

/** A certificate on an employer's roster of facilitators ("My facilitators"). */
@Entity
@Table(name = "roster_entry")
public class RosterEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long employerId;

    @Getter
    private String certificateNumber;

    private long addedBy;

    @Getter
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
}
