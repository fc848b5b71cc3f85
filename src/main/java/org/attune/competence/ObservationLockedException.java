package org.attune.competence;

import org.attune.platform.Failure;

/**
 * The trainee's practice is signed off (standing or awaiting moderation), so their observations are frozen: the
 * competence record a sign-off and a certificate rest on cannot change under them. A lead trainer reopens the
 * sign-off, with a reason, when the record must change.
 */
public class ObservationLockedException extends Failure.Conflict {

    private static final long serialVersionUID = 1L;

    public ObservationLockedException() {
        super("observation.lockedDetail");
    }
}
