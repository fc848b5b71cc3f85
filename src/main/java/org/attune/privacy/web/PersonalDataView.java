package org.attune.privacy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.platform.faces.Texts;
import org.attune.privacy.ErasureService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code admin/personal-data.xhtml} ({@code ?id=}): an administrator downloads a person's export or erases
 * the person after typing their e-mail address to confirm. Every refusal is a message on the page; nothing changes.
 */
@Named
@ViewScoped
public class PersonalDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleService people;

    @Inject
    private ErasureService erasure;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long id;

    @Getter
    private String name;

    @Getter
    private Instant erasedAt;

    @Getter
    private String confirmation;

    public void load() throws IOException {
        Person person = id == null ? null : people.find(id).orElse(null);
        if (person == null) {
            Faces.responseSendError(404, "No such person");
            return;
        }
        name = person.displayName();
        erasedAt = person.erasedAt();
    }

    public void erase() throws IOException {
        ErasureService.Outcome outcome = erasure.erase(id, confirmation, currentUser.id());
        switch (outcome) {
            case ERASED -> {
                Messages.addFlashGlobalInfo(Texts.get("privacy.erase.done"));
                Faces.redirect("admin/people");
            }
            case CONFIRMATION_DOES_NOT_MATCH ->
                Messages.addError("erase:confirmation", Texts.get("privacy.erase.confirmation.mismatch"));
            case ALREADY_ERASED -> {
                Messages.addGlobalError(Texts.get("privacy.erase.already"));
                load();
            }
            case LAST_ADMINISTRATOR -> Messages.addGlobalError(Texts.get("privacy.erase.lastAdministrator"));
            case NOT_FOUND -> Messages.addGlobalError(Texts.get("privacy.erase.notFound"));
        }
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
