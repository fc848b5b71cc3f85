package org.attune.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.account.Person;
import org.attune.competence.CompetenceRecord;
import org.attune.competence.ObservationService;
import org.attune.competence.PracticumService;
import org.attune.competence.PracticumSession;
import org.attune.competence.TraineeAccess;
import org.attune.platform.faces.NotFound;

/**
 * Backs {@code trainer/practice.xhtml?person=}: a trainee's practicum log with links to observe each session,
 * their competence record and the feedback given. {@link SignOffView} backs the sign-off part of the page.
 */
@Named
@ViewScoped
public class TraineePracticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TraineeAccess access;

    @Inject
    private ObservationService observations;

    @Inject
    private PracticumService practicum;

    @Inject
    private FeedbackReader feedbackReader;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long person;

    @Getter
    private String traineeName;

    @Getter
    private final List<PracticumLogView.SessionRow> sessions = new ArrayList<>();

    @Getter
    private CompetenceRecord record;

    @Getter
    private List<Feedback> feedback;

    public void load() throws IOException {
        Person trainee;
        try {
            trainee = access.trainee(currentUser.person(), person == null ? -1 : person);
        } catch (SecurityException e) {
            NotFound.send();
            return;
        }
        traineeName = trainee.displayName();
        Set<Long> observed = practicum.observedSessionIds(trainee.id());
        for (PracticumSession s : practicum.sessionsOf(currentUser.person(), trainee.id())) {
            sessions.add(PracticumLogView.SessionRow.of(s, observed.contains(s.getId())));
        }
        record = observations.record(currentUser.person(), trainee);
        feedback = feedbackReader.feedbackFor(trainee.id());
    }

    public void setPerson(Long person) {
        this.person = person;
    }
}
