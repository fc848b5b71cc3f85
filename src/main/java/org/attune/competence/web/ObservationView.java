package org.attune.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.catalog.EvidenceMethod;
import org.attune.competence.CompetenceRating;
import org.attune.competence.Observation;
import org.attune.competence.ObservationConflictException;
import org.attune.competence.ObservationForm;
import org.attune.competence.ObservationLockedException;
import org.attune.competence.ObservationService;
import org.attune.competence.PracticumSession;
import org.attune.competence.Rating;
import org.attune.competence.TraineeAccess;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.NotFound;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/**
 * Backs {@code trainer/observe.xhtml?session=}: the trainer rates each competence of the framework for a session
 * they observed, with evidence notes, an overall comment, the date and optional evidence files. Holds the version
 * it opened, so a save after another trainer's is refused and the input kept.
 */
@Named
@ViewScoped
public class ObservationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A competence of the framework, as the form shows it, with how it is assessed. */
    public record CompetenceRow(
            String key, String title, String competent, String notYetCompetent, EvidenceMethod method)
            implements Serializable {}

    @Inject
    private ObservationService observations;

    @Inject
    private TraineeAccess access;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long session;

    @Getter
    private Long traineeId;

    @Getter
    private String traineeName;

    @Getter
    private PracticumLogView.SessionRow summary;

    private Long version;
    /** While the trainee's sign-off is in force the observation is shown but cannot be changed. */
    @Getter
    private boolean locked;

    @Getter
    private LocalDate observedOn;

    @Getter
    private String overallComment;

    @Getter
    private final List<CompetenceRow> competences = new ArrayList<>();

    @Getter
    private final Map<String, Rating> ratings = new HashMap<>();

    @Getter
    private final Map<String, String> evidence = new HashMap<>();

    @Getter
    private final List<Feedback.EvidenceLink> files = new ArrayList<>();

    private transient Part file;

    @Getter
    private boolean showsPeople;

    @Getter
    private boolean consented;

    public void load() throws IOException {
        ObservationService.Observed observed;
        try {
            observed = observations.session(currentUser.person(), session == null ? -1 : session);
        } catch (SecurityException e) {
            NotFound.send();
            return;
        }
        PracticumSession s = observed.session();
        traineeId = observed.trainee().id();
        traineeName = observed.trainee().displayName();
        summary = PracticumLogView.SessionRow.of(s, observed.observation().isPresent());
        access.syllabusOf(observed.trainee())
                .ifPresent(v -> v.competences()
                        .forEach(c -> competences.add(new CompetenceRow(
                                c.getKey(),
                                c.getTitle(),
                                c.getCompetent(),
                                c.getNotYetCompetent(),
                                c.getEvidenceMethod()))));
        fill(observed);
    }

    private void fill(ObservationService.Observed observed) {
        files.clear();
        locked = observed.locked();
        observed.files()
                .forEach(f -> files.add(new Feedback.EvidenceLink(
                        f.getId(), f.getFile().getFileName(), f.getFile().getSize())));
        if (observed.observation().isEmpty()) {
            observedOn = observed.session().getDate();
            return;
        }
        Observation o = observed.observation().get();
        version = o.getVersion();
        observedOn = o.getObservedOn();
        overallComment = o.getOverallComment();
        for (CompetenceRating r : o.getRatings()) {
            ratings.put(r.getCompetenceKey(), r.getRating());
            evidence.put(r.getCompetenceKey(), r.getEvidence());
        }
    }

    public void save() throws IOException {
        Map<String, ObservationForm.Judgement> judgements = new LinkedHashMap<>();
        competences.forEach(c ->
                judgements.put(c.key(), new ObservationForm.Judgement(ratings.get(c.key()), evidence.get(c.key()))));
        ObservationForm form = new ObservationForm(observedOn, overallComment, judgements);
        ObservationService.Upload upload = file == null || file.getSize() == 0
                ? null
                : new ObservationService.Upload(
                        file.getSubmittedFileName(), file.getInputStream(), showsPeople, consented);
        try {
            Observation saved = observations.save(currentUser.person(), session, version, form, upload);
            version = saved.getVersion();
            fill(observations.session(currentUser.person(), session));
            showsPeople = false;
            consented = false;
            Messages.addGlobalInfo(Texts.get(upload == null ? "observation.saved" : "observation.savedWithFile"));
        } catch (Failure.Invalid e) {
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < competences.size(); i++) {
                ids.put(competences.get(i).key(), "c:" + i + ":evidence");
            }
            FailureMessages.showWithSummary("observation", e, ids);
        } catch (ObservationLockedException e) {
            locked = true;
            Messages.addGlobalError(Texts.get("observation.locked"));
        } catch (ObservationConflictException e) {
            FailureMessages.show(e);
            version = observations
                    .session(currentUser.person(), session)
                    .observation()
                    .map(Observation::getVersion)
                    .orElse(null);
        } finally {
            file = null;
        }
    }

    public Rating[] getRatingChoices() {
        return Rating.values();
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public boolean isExisting() {
        return version != null;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public void setOverallComment(String overallComment) {
        this.overallComment = overallComment;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public void setShowsPeople(boolean showsPeople) {
        this.showsPeople = showsPeople;
    }

    public void setConsented(boolean consented) {
        this.consented = consented;
    }
}
