package org.attune.competence;

import org.attune.platform.Failure;

/** Someone else saved the observation since it was opened; the caller's changes were not saved. */
public class ObservationConflictException extends Failure.Conflict {

    private static final long serialVersionUID = 1L;

    /** {@code savedBy}: the trainer's name, or a {@link org.attune.platform.Text} such as "Another trainer". */
    public ObservationConflictException(Object savedBy) {
        super("observation.conflictDetail", savedBy);
    }
}
