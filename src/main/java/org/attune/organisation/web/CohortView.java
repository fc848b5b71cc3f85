package org.attune.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.account.Person;
import org.attune.organisation.Cohort;
import org.attune.organisation.CohortCsv;
import org.attune.organisation.CohortImportService;
import org.attune.organisation.CohortService;
import org.attune.organisation.Invitation;
import org.attune.organisation.InvitationService;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code trainer/cohort.xhtml}: a cohort's members; for lead trainers also its invitation links and the CSV
 * import. Another organisation's cohort answers 404, as one that does not exist.
 */
@Named
@ViewScoped
public class CohortView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_UPLOAD_BYTES = 1024 * 1024;

    @Inject
    private CohortService cohorts;

    @Inject
    private InvitationService invitations;

    @Inject
    private CohortImportService imports;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long id;

    @Getter
    private Cohort cohort;

    @Getter
    private List<Person> members;

    private List<Invitation> invitationList;
    private transient Part upload;

    @Getter
    private List<CohortCsv.Problem> problems = List.of();

    public void load() throws IOException {
        cohort = id == null
                ? null
                : cohorts.findVisible(id, currentUser.person()).orElse(null);
        if (cohort == null) {
            Faces.responseSendError(404, "No such cohort");
            return;
        }
        refresh();
    }

    private void refresh() {
        members = cohorts.members(cohort);
        invitationList = invitations.of(cohort);
    }

    /** Creates an invitation link, then redirects to the page, so that reloading it creates no second link. */
    public void invite() throws IOException {
        Invitation invitation = invitations.create(id, currentUser.person());
        Messages.addFlashGlobalInfo(Texts.get("cohort.invitation.created", invitation.getCode()));
        Faces.redirect("trainer/cohort?id=" + id);
    }

    public void withdraw(long invitationId) {
        invitations.withdraw(invitationId, currentUser.person());
        Messages.addGlobalInfo(Texts.get("cohort.invitation.withdrawn"));
        refresh();
    }

    public void importFile() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.addError("import:file", Texts.get("cohort.import.noFile"));
            return;
        }
        if (upload.getSize() > MAX_UPLOAD_BYTES) {
            Messages.addError("import:file", Texts.get("cohort.import.tooLarge"));
            return;
        }
        CohortCsv.Result parsed;
        try (var reader = new InputStreamReader(upload.getInputStream(), StandardCharsets.UTF_8)) {
            parsed = CohortCsv.read(reader);
        }
        problems = imports.importInto(id, currentUser.person(), parsed);
        if (problems.isEmpty()) {
            Messages.addGlobalInfo(Texts.get("cohort.import.done", parsed.rows().size()));
            refresh();
        } else {
            Messages.addError("import:file", Texts.get("cohort.import.problems", problems.size()));
        }
    }

    public String invitationLink(Invitation invitation) {
        return Faces.getRequestBaseURL() + "register?code=" + invitation.getCode();
    }

    public boolean isLead() {
        return currentUser.isLeadTrainer();
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Invitation> getInvitations() {
        return invitationList;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
