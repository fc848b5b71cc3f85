package org.attune.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.attune.platform.Failure;

/**
 * A holder's request that a trainer of their certificate's training organisation accept their delivery record as CPD
 * evidence for renewing that certificate, and the trainer's decision. A declined record may be put forward again.
 */
@Entity
@Table(name = "renewal_delivery_review")
public class RenewalDeliveryReview {

    /** Where a review stands. */
    public enum State {
        REQUESTED,
        ACCEPTED,
        DECLINED
    }

    /** The longest comment a trainer may give, in characters. */
    public static final int MAX_COMMENT = 1000;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long certificateId;

    @Getter
    private long personId;

    @Getter
    private long organisationId;

    @Getter
    @Enumerated(EnumType.STRING)
    private State state;

    @Getter
    private Instant requestedAt;

    private Long decidedBy;

    @Getter
    private Instant decidedAt;

    @Getter
    private String comment;

    @Version
    private long version;

    protected RenewalDeliveryReview() {
        // for JPA
    }

    RenewalDeliveryReview(Certificate certificate, Instant now) {
        Objects.requireNonNull(certificate);
        this.certificateId = certificate.getId();
        this.personId = certificate.getPersonId();
        this.organisationId = certificate.getOrganisationId();
        this.state = State.REQUESTED;
        this.requestedAt = Objects.requireNonNull(now);
    }

    /** Puts a declined record forward again; nothing changes while one is waiting or once accepted. */
    void requestAgain(Instant now) {
        if (state == State.DECLINED) {
            state = State.REQUESTED;
            requestedAt = now;
            decidedBy = null;
            decidedAt = null;
            comment = null;
        }
    }

    /**
     * Records a trainer's decision on a waiting request; a decline needs a comment for the holder.
     *
     * @throws Failure.Conflict when already decided (by another trainer, or in another tab)
     * @throws Failure.Invalid  when declined without a comment, or with one too long
     */
    void decide(boolean accepted, String trainerComment, long trainerId, Instant now) {
        if (state != State.REQUESTED) {
            throw new Failure.Conflict("renewal.review.alreadyDecided");
        }
        String kept = trainerComment == null || trainerComment.isBlank() ? null : trainerComment.strip();
        if (!accepted && kept == null) {
            throw new Failure.Invalid("comment", "renewal.review.comment.required");
        }
        if (kept != null && kept.length() > MAX_COMMENT) {
            throw new Failure.Invalid("comment", "renewal.review.comment.tooLong", MAX_COMMENT);
        }
        this.state = accepted ? State.ACCEPTED : State.DECLINED;
        this.comment = kept;
        this.decidedBy = trainerId;
        this.decidedAt = now;
    }
}
