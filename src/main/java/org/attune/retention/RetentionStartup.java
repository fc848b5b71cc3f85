package org.attune.retention;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Checks the retention settings at start-up. A refused value is logged (one SEVERE line per setting, naming the
 * environment variable and the accepted range) and Attune still starts, so a typing error never becomes a restart
 * loop; but the schedule is then not applied until the value is corrected (see {@link RetentionSchedule}).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionStartup {

    private static final Logger LOG = Logger.getLogger(RetentionStartup.class.getName());

    @Inject
    private RetentionSettings settings;

    @PostConstruct
    void check() {
        RetentionSchedule schedule = settings.schedule();
        String consequence = schedule.applicable()
                ? "its default is shown until it is corrected"
                : "the retention job deletes nothing until it is corrected";
        schedule.problems()
                .forEach(problem -> LOG.severe(() -> "Retention setting refused: " + problem + "; " + consequence));
        LOG.info(() -> "Retention schedule: " + schedule.values() + (schedule.applicable() ? "" : " (not applied)"));
    }
}
