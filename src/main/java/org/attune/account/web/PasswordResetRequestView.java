package org.attune.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import org.attune.account.PasswordResetService;

/** Backs {@code password-reset.xhtml}: asks for a reset link by e-mail address. */
@Named
@RequestScoped
public class PasswordResetRequestView {

    @Inject
    private PasswordResetService resets;

    @Getter
    private String email;

    @Getter
    private boolean sent;

    public void request() {
        resets.requestReset(email);
        sent = true;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
