package org.attune.competence;

/** Someone else saved the observation since it was opened; the caller's changes were not saved. */
public class ObservationConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ObservationConflictException(String savedBy) {
        super(savedBy + " saved this observation while you were editing it. Your changes are still in the form"
                + " and have not been saved: compare them with the other trainer's (open the observation in a new"
                + " tab), then save again to replace theirs.");
    }
}
