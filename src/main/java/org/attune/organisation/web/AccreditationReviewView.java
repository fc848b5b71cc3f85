package org.attune.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.catalog.AccreditationCriterion;
import org.attune.organisation.AccreditationApplication;
import org.attune.organisation.AccreditationApplicationService;
import org.attune.organisation.AccreditationOutcome;
import org.attune.organisation.ApplicationCriterion;
import org.attune.organisation.FacilitatorDelivery;
import org.attune.organisation.OrganisationService;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.NotFound;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code admin/accreditation.xhtml} (applications waiting, no {@code id}) and the review of one application
 * ({@code ?id=}): each criterion met or not with a comment, whether it may be waived and the evidence documents it
 * lacks (and, for the communication-focus criterion, the organisation's facilitators' delivery profile in aggregate),
 * then the decision with validity, focus and conditions.
 */
@Named
@ViewScoped
public class AccreditationReviewView implements Serializable {

    private static final Logger LOG = Logger.getLogger(AccreditationReviewView.class.getName());

    private static final long serialVersionUID = 1L;

    /** A waiting application as listed. */
    public record Waiting(long id, String organisation, Instant submitted) implements Serializable {}

    @Inject
    private AccreditationApplicationService applications;

    @Inject
    private OrganisationService organisations;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long id;

    @Getter
    private String organisation;

    @Getter
    private AccreditationApplication application;

    private List<AccreditationApplicationService.EvidenceItem> evidence = new ArrayList<>();
    private List<AccreditationCriterion> criteria = new ArrayList<>();
    private Map<Integer, List<AccreditationCriterion.Document>> missing = new HashMap<>();

    @Getter
    private List<Waiting> waiting = new ArrayList<>();

    @Getter
    private final Map<Integer, Boolean> met = new HashMap<>();

    @Getter
    private final Map<Integer, String> comments = new HashMap<>();

    @Getter
    private AccreditationOutcome outcome;

    @Getter
    private String focus;

    @Getter
    private String conditions;

    @Getter
    private int validityYears = 3;
    /** The organisation's facilitators' delivery profile in aggregate; null when Attune keeps no delivery records. */
    @Getter
    private FacilitatorDelivery.Aggregate facilitatorDelivery;

    public void load() throws IOException {
        if (id == null) {
            waiting = new ArrayList<>();
            for (AccreditationApplication a : applications.waiting(currentUser.person())) {
                waiting.add(new Waiting(
                        a.getId(),
                        organisations.find(a.getOrganisationId()).orElseThrow().getName(),
                        a.getSubmittedAt()));
            }
            return;
        }
        try {
            application = applications.application(currentUser.person(), id);
        } catch (SecurityException e) {
            NotFound.send();
            return;
        }
        organisation = organisations
                .find(application.getOrganisationId())
                .orElseThrow()
                .getName();
        evidence = applications.evidence(currentUser.person(), id);
        criteria = new ArrayList<>(applications.criteria());
        missing = new HashMap<>(applications.missingDocuments(currentUser.person(), id));
        facilitatorDelivery =
                applications.facilitatorDelivery(currentUser.person(), id).orElse(null);
        for (ApplicationCriterion c : application.getCriteria()) {
            if (c.getReview() != null) {
                met.put(c.getCriterion(), "MET".equals(c.getReview()));
                comments.put(c.getCriterion(), c.getReviewComment());
            }
        }
    }

    public void saveReview() throws IOException {
        if (save()) {
            Messages.addGlobalInfo(Texts.get("review.saved"));
            load();
        }
    }

    /** Saves the reviews of the criteria; false (with the page's message, answered 409) when already decided. */
    private boolean save() throws IOException {
        try {
            for (ApplicationCriterion c : application.getCriteria()) {
                Boolean isMet = met.get(c.getCriterion());
                if (isMet != null) {
                    applications.review(
                            currentUser.person(), id, c.getCriterion(), isMet, comments.get(c.getCriterion()));
                }
            }
            return true;
        } catch (AccreditationApplication.AlreadyDecidedException e) {
            alreadyDecided();
            return false;
        }
    }

    private void alreadyDecided() {
        LOG.info(() -> "Accreditation application " + id + " is already decided: answered 409");
        Messages.addGlobalError(Texts.get("review.alreadyDecided"));
        Faces.getResponse().setStatus(409);
    }

    /**
     * Saves the reviews of the criteria as the page holds them (the decision is in the same form, so choices and
     * comments made since the last save are not lost), then records the decision.
     */
    public void decide() throws IOException {
        if (!save()) {
            return;
        }
        Messages.addGlobalInfo(Texts.get("review.saved"));
        load();
        try {
            applications.decide(currentUser.person(), id, outcome, focus, conditions, validityYears);
            Messages.addFlashGlobalInfo(Texts.get("review.decided"));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/accreditation");
        } catch (AccreditationApplication.AlreadyDecidedException e) {
            alreadyDecided();
        } catch (Failure e) {
            FailureMessages.show("review", e);
        }
    }

    /** The criterion numbered {@code n} in the live content, or null when the content no longer has it. */
    public AccreditationCriterion criterion(int n) {
        return n >= 1 && n <= criteria.size() ? criteria.get(n - 1) : null;
    }

    /** The documents criterion {@code n} requires that the application does not say its evidence holds. */
    public List<AccreditationCriterion.Document> missingFor(int n) {
        return missing.getOrDefault(n, List.of());
    }

    public List<AccreditationApplicationService.EvidenceItem> evidenceFor(int n) {
        return evidence.stream().filter(e -> e.criterion() == n).toList();
    }

    /** The criterion the aggregate is evidence for. */
    public String getDeliveryCriterion() {
        return FacilitatorDelivery.CRITERION;
    }

    public AccreditationOutcome[] getOutcomes() {
        return AccreditationOutcome.values();
    }

    public void setId(Long id) {
        this.id = id;
    }

    public void setOutcome(AccreditationOutcome outcome) {
        this.outcome = outcome;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public void setValidityYears(int validityYears) {
        this.validityYears = validityYears;
    }
}
