package org.attune.competence;

import java.util.Objects;

/**
 * Fired (a CDI event, synchronously, inside the transaction that makes the change) when a sign-off is sampled for
 * moderation, confirmed or returned, so that other features (e-mail notices) can react in the same transaction
 * without competence knowing them. {@code comments} is the moderator's comment, if any.
 */
public record SignOffChanged(
        Kind kind,
        long signOffId,
        long traineeId,
        long signedBy,
        long organisationId,
        Long moderatorId,
        String comments) {

    /** What happened to the sign-off. */
    public enum Kind {
        AWAITING_MODERATION,
        CONFIRMED,
        RETURNED
    }

    public SignOffChanged {
        Objects.requireNonNull(kind);
    }

    static SignOffChanged of(Kind kind, SignOff signOff, Long moderatorId, String comments) {
        return new SignOffChanged(
                kind,
                signOff.getId(),
                signOff.getTraineeId(),
                signOff.getSignedBy(),
                signOff.getOrganisationId(),
                moderatorId,
                comments == null || comments.isBlank() ? null : comments.strip());
    }
}
