package org.attune.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A facilitator's consent to show their aggregated delivery profile to the lead trainers of their training
 * organisation and to the managers who have them on their roster. Revocable: both can be turned off at any time.
 */
@Entity
@Table(name = "delivery_sharing")
public class DeliverySharing {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "with_training", nullable = false)
    private boolean withTraining;

    @Column(name = "with_employers", nullable = false)
    private boolean withEmployers;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DeliverySharing() {}

    DeliverySharing(long personId) {
        this.personId = personId;
    }

    void change(boolean training, boolean employers, Instant at) {
        this.withTraining = training;
        this.withEmployers = employers;
        this.changedAt = at;
    }

    public boolean isWithTraining() {
        return withTraining;
    }

    public boolean isWithEmployers() {
        return withEmployers;
    }
}
