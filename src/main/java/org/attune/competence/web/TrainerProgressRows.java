package org.attune.competence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.attune.account.CurrentUser;
import org.attune.competence.CohortProgressService;
import org.attune.competence.TraineeProgress;

/**
 * The trainer's cohorts' progress for one request: read once however often the dashboard asks, and gone with the
 * request. The dashboard's view keeps only its filter, sort and page, not 500 trainees' rows: kept in the view, every
 * dashboard a trainer opened stayed in their session (up to the views a session keeps), which grew the heap by about
 * a megabyte a page under load and would travel with the session to another node.
 */
@RequestScoped
public class TrainerProgressRows {

    @Inject
    private CohortProgressService progress;

    @Inject
    private CurrentUser currentUser;

    private List<TraineeProgress> all;
    private Object shownFor;
    private List<TraineeProgress> shown;

    /** Every trainee of the trainer's cohorts, by name. */
    public List<TraineeProgress> all() {
        if (all == null) {
            all = progress.progress(currentUser.person());
        }
        return all;
    }

    /** The rows shown for this filter and sort (any value that equals another's when they show the same). */
    public List<TraineeProgress> shown(Object filter, Supplier<List<TraineeProgress>> filteredAndSorted) {
        if (shown == null || !Objects.equals(shownFor, filter)) {
            shown = filteredAndSorted.get();
            shownFor = filter;
        }
        return shown;
    }
}
