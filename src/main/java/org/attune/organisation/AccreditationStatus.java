package org.attune.organisation;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a training organisation stands at a moment: {@code ACCREDITED}, {@code ACCREDITED_WITH_CONDITIONS},
 * {@code EXPIRED} (its accreditation ran out), {@code REFUSED} or {@code NOT_ACCREDITED} (never decided), with the
 * focus statement and validity of the decision behind it.
 */
public record AccreditationStatus(String status, String focus, Instant validUntil) implements Serializable {

    public static final AccreditationStatus NONE = new AccreditationStatus("NOT_ACCREDITED", null, null);

    public boolean accredited() {
        return status.equals("ACCREDITED") || status.equals("ACCREDITED_WITH_CONDITIONS");
    }

    public boolean isAccredited() {
        return accredited();
    }
}
