package org.attune.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/**
 * A facilitator's consent to show their aggregated delivery profile to the lead trainers of their training
 * organisation and to the managers who have them on their roster. Revocable: both can be turned off at any time.
 */
@Entity
@Table(name = "delivery_sharing")
public class DeliverySharing {

    @Id
    private long personId;

    @Getter
    private boolean withTraining;

    @Getter
    private boolean withEmployers;

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
}
