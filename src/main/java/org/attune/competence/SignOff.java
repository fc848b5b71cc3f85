package org.attune.competence;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
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
import java.util.Optional;
import lombok.Getter;
import org.attune.platform.Failure;

/**
 * A trainer's sign-off of a trainee's observed practice, and what moderation and lead trainers did to it. The
 * {@code active_trainee_id} column is the trainee's id while the sign-off is in force, so the database allows one.
 */
@Entity
@Table(name = "sign_off")
public class SignOff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long traineeId;

    @Getter
    private long organisationId;

    @Getter
    private long signedBy;

    @Getter
    private Instant signedAt;

    @Getter
    @Enumerated(EnumType.STRING)
    private SignOffState state;

    @Getter
    private boolean sampled;

    @Getter
    private Long moderatedBy;

    @Getter
    private Instant moderatedAt;

    @Getter
    private String moderationComment;

    private Long reopenedBy;

    @Getter
    private Instant reopenedAt;

    @Getter
    private String reopenReason;

    private Long activeTraineeId;

    @Version
    private long version;

    protected SignOff() {
        // for JPA
    }

    SignOff(long traineeId, long organisationId, long signedBy, Instant signedAt, boolean sampled) {
        if (traineeId == signedBy) {
            throw new Failure.NotAllowed("signOff.notOwnPractice");
        }
        this.traineeId = traineeId;
        this.organisationId = organisationId;
        this.signedBy = signedBy;
        this.signedAt = Objects.requireNonNull(signedAt);
        this.sampled = sampled;
        this.state = sampled ? SignOffState.AWAITING_MODERATION : SignOffState.SIGNED_OFF;
        this.activeTraineeId = traineeId;
    }

    /** A second trainer confirms a sampled sign-off; it then counts. */
    void confirm(long moderator, String comment, Instant now) {
        requireModerator(moderator);
        this.state = SignOffState.SIGNED_OFF;
        this.moderatedBy = moderator;
        this.moderatedAt = now;
        this.moderationComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** A second trainer returns a sampled sign-off with comments; the trainee needs a new sign-off. */
    void returnWith(long moderator, String comments, Instant now) {
        requireModerator(moderator);
        this.state = SignOffState.RETURNED;
        this.moderatedBy = moderator;
        this.moderatedAt = now;
        this.moderationComment = Objects.requireNonNull(comments).strip();
        this.activeTraineeId = null;
    }

    /** A lead trainer reopens a sign-off in force, with a reason. */
    void reopen(long lead, String reason, Instant now) {
        if (!state.inForce()) {
            throw new Failure.Conflict("signOff.notInForce");
        }
        this.state = SignOffState.REOPENED;
        this.reopenedBy = lead;
        this.reopenedAt = now;
        this.reopenReason = Objects.requireNonNull(reason).strip();
        this.activeTraineeId = null;
    }

    private void requireModerator(long moderator) {
        if (state != SignOffState.AWAITING_MODERATION) {
            throw new Failure.Conflict("signOff.notAwaiting");
        }
        if (moderator == signedBy) {
            throw new Failure.NotAllowed("signOff.secondTrainer");
        }
        if (moderator == traineeId) {
            throw new Failure.NotAllowed("signOff.notOwnModeration");
        }
    }

    /** The sign-off in force for a trainee (awaiting moderation or standing), if any: at most one, by the index. */
    static Optional<SignOff> inForce(EntityManager em, long traineeId) {
        return em.createQuery("select s from SignOff s where s.activeTraineeId = :t", SignOff.class)
                .setParameter("t", traineeId)
                .getResultStream()
                .findFirst();
    }

    /** Whether the sign-off makes the trainee's practice count for certification. */
    public boolean counts() {
        return state == SignOffState.SIGNED_OFF;
    }
}
