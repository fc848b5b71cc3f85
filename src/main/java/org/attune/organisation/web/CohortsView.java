package org.attune.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.organisation.Cohort;
import org.attune.organisation.CohortService;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code trainer/cohorts.xhtml}: the cohorts of the trainer's organisation; lead trainers add cohorts. */
@Named
@RequestScoped
public class CohortsView {

    @Inject
    private CohortService cohorts;

    @Inject
    private CurrentUser currentUser;

    private List<Cohort> visible;

    @Getter
    private String newName;

    public List<Cohort> getVisible() {
        if (visible == null) {
            visible = cohorts.visibleTo(currentUser.person());
        }
        return visible;
    }

    public void create() throws IOException {
        if (newName == null || newName.isBlank()) { // spaces pass "required" but are no name
            Messages.addError("create:name", Texts.get("cohorts.name.required"));
            return;
        }
        if (cohorts.nameTaken(currentUser.person(), newName)) {
            Messages.addError("create:name", Texts.get("cohorts.name.taken"));
            return;
        }
        Cohort cohort = cohorts.create(currentUser.person(), newName);
        Messages.addFlashGlobalInfo(Texts.get("cohorts.created", cohort.getName()));
        Faces.redirect("trainer/cohort?id=" + cohort.getId());
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
