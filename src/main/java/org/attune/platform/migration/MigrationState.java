package org.attune.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether this node has brought the schema up to date; readiness reports DOWN until it has. */
@ApplicationScoped
public class MigrationState {

    private volatile boolean migrated;

    void markMigrated() {
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }
}
