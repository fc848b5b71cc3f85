package org.attune.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.account.PersonRules;
import org.attune.audit.AuditActor;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationKind;
import org.attune.organisation.OrganisationService;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code admin/organisation.xhtml}: creates an organisation or edits one ({@code ?id=}). */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long id;

    private long version;

    @Getter
    private OrganisationKind kind = OrganisationKind.TRAINING;

    @Getter
    private String name;

    @Getter
    private String contactEmail;

    @Getter
    private String website;

    /** Loads the organisation named by the {@code id} parameter; an unknown id answers 404. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        Organisation organisation = organisations.find(id).orElse(null);
        if (organisation == null) {
            Faces.responseSendError(404, "No such organisation");
            return;
        }
        version = organisation.getVersion();
        kind = organisation.getKind();
        name = organisation.getName();
        contactEmail = organisation.getContactEmail();
        website = organisation.getWebsite();
    }

    public void save() throws IOException {
        boolean valid = true;
        if (name == null || name.isBlank()) { // "required" lets a name of spaces through
            Messages.addError("form:name", Texts.get("organisation.name.required"));
            valid = false;
        } else if (organisations.nameTaken(name, id)) {
            Messages.addError("form:name", Texts.get("organisation.name.taken"));
            valid = false;
        }
        if (contactEmail != null && !contactEmail.isBlank() && !PersonRules.isValidEmail(contactEmail.strip())) {
            Messages.addError("form:contactEmail", Texts.get("organisation.contactEmail.invalid"));
            valid = false;
        }
        if (website != null && !website.isBlank() && !website.strip().matches("https?://\\S+")) {
            Messages.addError("form:website", Texts.get("organisation.website.invalid"));
            valid = false;
        }
        if (!valid) {
            return;
        }
        try {
            Organisation saved = organisations.save(
                    id, version, kind, name, contactEmail, website, AuditActor.person(currentUser.id()));
            Messages.addFlashGlobalInfo(Texts.get("organisation.saved", saved.getName()));
            Faces.redirect("admin/organisations");
        } catch (OptimisticLockException e) {
            Messages.addGlobalError(Texts.get("organisation.conflict"));
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
