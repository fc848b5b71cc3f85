package org.attune.organisation;

/** An administrator's decision about a training organisation. */
public enum AccreditationOutcome {
    ACCREDITED,
    ACCREDITED_WITH_CONDITIONS,
    REFUSED;

    public boolean accredits() {
        return this != REFUSED;
    }
}
