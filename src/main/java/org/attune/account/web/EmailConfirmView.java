package org.attune.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import lombok.Getter;
import org.attune.account.AccountSettingsService;
import org.attune.account.CurrentUser;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code account/confirm-email.xhtml}: the signed-in person opens the link mailed to their new address and
 * confirms it with a button (a post, so that a mail scanner opening the link changes nothing).
 */
@Named
@ViewScoped
public class EmailConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSettingsService settings;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private String token;

    @Getter
    private boolean linkValid;

    public void check() {
        linkValid = settings.confirmable(currentUser.person().id(), token);
    }

    public void confirm() throws IOException {
        if (settings.confirmEmailChange(currentUser.person().id(), token).isEmpty()) {
            Messages.addFlashGlobalInfo(Texts.get("account.email.changed"));
            Faces.redirect("account/settings");
        } else {
            linkValid = false;
        }
    }

    public void setToken(String token) {
        this.token = token;
    }
}
