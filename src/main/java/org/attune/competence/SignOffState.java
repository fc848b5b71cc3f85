package org.attune.competence;

/** Where a sign-off stands. Only {@link #SIGNED_OFF} counts for certification. */
public enum SignOffState {
    /** Sampled for moderation; waits for a second trainer to confirm it. */
    AWAITING_MODERATION,
    /** In force: not sampled, or confirmed by a second trainer. */
    SIGNED_OFF,
    /** A second trainer returned it with comments; the trainee needs a new sign-off. */
    RETURNED,
    /** A lead trainer reopened it with a reason; the trainee needs a new sign-off. */
    REOPENED;

    public boolean inForce() {
        return this == AWAITING_MODERATION || this == SIGNED_OFF;
    }
}
