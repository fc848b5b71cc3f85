package org.attune.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.catalog.AccreditationCriterion;
import org.attune.organisation.AccreditationApplication;
import org.attune.organisation.AccreditationApplicationService;
import org.attune.organisation.AccreditationService;
import org.attune.organisation.AccreditationStatus;
import org.attune.organisation.DirectoryService;
import org.attune.organisation.FacilitatorDelivery;
import org.attune.organisation.Organisation;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/**
 * Backs {@code lead/accreditation.xhtml}: the lead trainer's own organisation's accreditation status, its curriculum
 * summary, the application form (a statement, an optional file and the ticked documents it holds per criterion) and
 * earlier applications.
 */
@Named
@ViewScoped
public class LeadAccreditationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccreditationApplicationService applications;

    @Inject
    private AccreditationService accreditation;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private long organisationId;

    @Getter
    private String organisationName;

    @Getter
    private AccreditationStatus status;

    @Getter
    private String curriculum;

    @Getter
    private final Map<Integer, String> statements = new HashMap<>();
    /** Per criterion number, the ids of the required documents the lead ticks as held by the evidence file. */
    @Getter
    private final Map<Integer, String[]> documents = new HashMap<>();

    private List<AccreditationCriterion> criteria = new ArrayList<>();
    private transient Map<Integer, Part> files = new HashMap<>();

    @Getter
    private List<AccreditationApplication> history = new ArrayList<>();
    /** The facilitators' delivery profile in aggregate, as the reviewer sees it; null without delivery records. */
    @Getter
    private FacilitatorDelivery.Aggregate facilitatorDelivery;

    public void load() {
        Organisation own = applications.organisationOf(currentUser.person());
        organisationId = own.getId();
        organisationName = own.getName();
        curriculum = own.getCurriculumSummary();
        status = accreditation.current(organisationId);
        criteria = new ArrayList<>(applications.criteria());
        history = new ArrayList<>(applications.applicationsOf(organisationId));
        history.forEach(a -> a.getCriteria().size());
        facilitatorDelivery =
                applications.facilitatorDelivery(currentUser.person()).orElse(null);
    }

    public String getDeliveryCriterion() {
        return FacilitatorDelivery.CRITERION;
    }

    public void apply() throws IOException {
        List<AccreditationApplicationService.Upload> uploads = new ArrayList<>();
        for (Map.Entry<Integer, Part> e : files().entrySet()) {
            if (e.getValue() != null && e.getValue().getSize() > 0) {
                uploads.add(new AccreditationApplicationService.Upload(
                        e.getKey(),
                        e.getValue().getSubmittedFileName(),
                        e.getValue().getInputStream()));
            }
        }
        try {
            Map<Integer, List<String>> ticked = new HashMap<>();
            documents.forEach((n, ids) -> ticked.put(n, ids == null ? List.of() : List.of(ids)));
            applications.apply(currentUser.person(), statements, ticked, uploads);
            Messages.addGlobalInfo(Texts.get("leadAccreditation.submittedNow"));
            statements.clear();
            documents.clear();
            load();
        } catch (Failure.Invalid e) {
            Map<String, String> ids = new HashMap<>();
            e.problems()
                    .keySet()
                    .forEach(field -> ids.put(
                            field,
                            "c:"
                                    + (Integer.parseInt(field.substring(field.indexOf('-') + 1)) - 1) + ":"
                                    + field.substring(0, field.indexOf('-'))));
            FailureMessages.show("apply", e, ids);
            Messages.addGlobalError(Texts.get("leadAccreditation.correctFields"));
        } catch (Failure e) {
            FailureMessages.show(e);
        } finally {
            files().clear();
        }
    }

    public void saveCurriculum() {
        try {
            directory.describeCurriculum(currentUser.person(), curriculum);
            Messages.addGlobalInfo(Texts.get("leadAccreditation.curriculumSaved"));
        } catch (Failure e) {
            FailureMessages.show("curriculum", e);
        }
    }

    private Map<Integer, Part> files() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }

    public boolean isOpen() {
        return history.stream().anyMatch(AccreditationApplication::isOpen);
    }

    public List<Integer> getCriterionNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= criteria.size(); i++) {
            numbers.add(i);
        }
        return numbers;
    }

    public AccreditationCriterion criterion(int n) {
        return criteria.get(n - 1);
    }

    public void setCurriculum(String curriculum) {
        this.curriculum = curriculum;
    }

    public Map<Integer, Part> getFiles() {
        return files();
    }
}
