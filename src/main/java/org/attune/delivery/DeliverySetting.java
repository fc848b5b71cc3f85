package org.attune.delivery;

/** Where a programme runs. */
public enum DeliverySetting {
    FAMILY_HUB,
    HEALTH_CENTRE,
    HOME,
    COMMUNITY_VENUE,
    OTHER
}
