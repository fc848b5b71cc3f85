package org.attune.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import lombok.Getter;
import org.attune.account.AccountSettingsService;
import org.attune.account.CurrentUser;
import org.attune.account.NewPasswordCheck;
import org.attune.account.Person;
import org.attune.account.PersonRules;
import org.attune.account.SignedInSessions;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code account/settings.xhtml}: the signed-in person changes their name, password (with the current one;
 * their other sessions end) and e-mail address (confirmed by a link sent to the new one). Each form posts, shows a
 * problem next to its field, or redirects back with a message (post-redirect-get).
 */
@Named
@ViewScoped
public class AccountSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSettingsService settings;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private String name;

    @Getter
    private String email;

    @Getter
    private String currentEmail;

    @Getter
    private String current;

    @Getter
    private String password;

    @Getter
    private String confirmation;

    public void load() {
        Person person = currentUser.person();
        name = person.displayName();
        currentEmail = person.email();
    }

    public void rename() throws IOException {
        Optional<AccountSettingsService.Failure> failure =
                settings.rename(currentUser.person().id(), name);
        if (failure.isPresent()) {
            Messages.addError(
                    "profile:name", Texts.get("account.failure." + failure.get().name()));
            return;
        }
        done("account.name.saved");
    }

    public void changePassword() throws IOException {
        if (!NewPasswordCheck.passes(password, confirmation, currentEmail)) {
            return;
        }
        Optional<AccountSettingsService.Failure> failure =
                settings.changePassword(currentUser.person().id(), current, password);
        current = null;
        password = null;
        confirmation = null;
        if (failure.isPresent()) {
            Messages.addError(
                    failure.get() == AccountSettingsService.Failure.WRONG_CURRENT_PASSWORD
                            ? "form:current"
                            : "form:password",
                    Texts.get("account.failure." + failure.get().name()));
            return;
        }
        SignedInSessions.keepAfterPasswordChange(Faces.getRequest(), Instant.now());
        done("account.password.saved");
    }

    public void changeEmail() throws IOException {
        Optional<AccountSettingsService.Failure> failure =
                settings.requestEmailChange(currentUser.person().id(), email);
        if (failure.isPresent()) {
            Messages.addError(
                    "address:email",
                    Texts.get("account.failure." + failure.get().name()));
            return;
        }
        Messages.addFlashGlobalInfo(Texts.get("account.email.sent", PersonRules.normaliseEmail(email)));
        Faces.redirect("account/settings");
    }

    private void done(String key) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(key));
        Faces.redirect("account/settings");
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
