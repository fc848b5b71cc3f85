package org.attune.organisation;

/** Training organisations run courses and employ trainers; employers' managers verify facilitators. */
public enum OrganisationKind {
    TRAINING,
    EMPLOYER
}
