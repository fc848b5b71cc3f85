package org.attune.competence;

/** Where a practicum session took place. */
public enum Setting {
    FAMILY_HUB,
    CLINIC,
    HOME,
    OTHER
}
