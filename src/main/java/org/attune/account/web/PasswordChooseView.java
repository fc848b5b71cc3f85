package org.attune.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import lombok.Getter;
import org.attune.account.NewPasswordCheck;
import org.attune.account.PasswordResetService;
import org.attune.account.SignedInSessions;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code password-choose.xhtml}: chooses a new password with the token from a reset e-mail. */
@Named
@ViewScoped
public class PasswordChooseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResetService resets;

    @Getter
    private String token;

    @Getter
    private boolean linkValid;

    @Getter
    private String password;

    @Getter
    private String confirmation;

    public void check() {
        linkValid = resets.usable(token);
    }

    public void choose() throws IOException {
        if (!NewPasswordCheck.passes(password, confirmation, null)) {
            return;
        }
        Optional<PasswordResetService.Failure> failure = resets.choosePassword(token, password);
        if (failure.isEmpty()) {
            SignedInSessions.keepAfterPasswordChange(Faces.getRequest(), Instant.now());
            Faces.redirect("login?reset=true");
        } else if (failure.get() == PasswordResetService.Failure.PASSWORD_NOT_ACCEPTABLE) {
            Messages.addError("form:password", Texts.get("reset.choose.notAcceptable"));
        } else {
            linkValid = false;
        }
    }

    public void setToken(String token) {
        this.token = token;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
