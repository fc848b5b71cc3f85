package org.attune.competence.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.competence.CompetenceRecord;
import org.attune.competence.ObservationService;
import org.attune.competence.SignOff;
import org.attune.competence.SignOffService;

/**
 * Backs the trainee's view of their own observed practice (on {@code trainee/practice.xhtml} and the dashboard):
 * the competence record, the trainers' feedback and where their sign-off stands.
 */
@Named
@RequestScoped
public class MyPracticeView {

    @Inject
    private ObservationService observations;

    @Inject
    private SignOffService signOffs;

    @Inject
    private FeedbackReader feedbackReader;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private CompetenceRecord record;

    @Getter
    private List<Feedback> feedback;
    /** The trainee's latest sign-off, whatever its state; null before any. */
    @Getter
    private SignOff signOff;

    @PostConstruct
    void load() {
        record = observations.record(currentUser.person(), currentUser.person());
        feedback = feedbackReader.feedbackFor(currentUser.id());
        signOff = signOffs.historyOf(currentUser.id()).stream().findFirst().orElse(null);
    }
}
