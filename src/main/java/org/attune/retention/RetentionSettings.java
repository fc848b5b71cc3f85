package org.attune.retention;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The retention schedule read once from MicroProfile Config (defaults in {@code microprofile-config.properties},
 * each overridden by its environment variable, e.g. {@code ATTUNE_RETENTION_EVIDENCE_MONTHS}).
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    private Config config;

    private RetentionSchedule schedule;

    @PostConstruct
    void read() {
        schedule = RetentionSchedule.read(key -> config.getOptionalValue(key, String.class));
    }

    public RetentionSchedule schedule() {
        return schedule;
    }
}
