package org.attune.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.Getter;
import org.attune.account.ReturnTo;
import org.attune.account.SignInAttempt;
import org.attune.account.SignInNow;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code login.xhtml}: signs a person in with e-mail address and password. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext security;

    @Inject
    private SignInAttempt attempt;

    @Getter
    private String email;

    @Getter
    private String password;

    @Getter
    private boolean expired;

    @Getter
    private boolean signedOut;

    @Getter
    private boolean reset;

    @Getter
    private boolean registered;

    public void signIn() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        HttpServletResponse response = Faces.getResponse();
        AuthenticationStatus status = SignInNow.signIn(security, request, response, email, password);
        password = null;
        switch (status) {
            case SUCCESS -> {
                String home = request.isUserInRole("trainee") ? "/trainee/dashboard" : "/account/home";
                Faces.redirect(request.getContextPath() + ReturnTo.take(request, home));
            }
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> Messages.addGlobalError(Texts.get(attempt.throttled() ? "login.throttled" : "login.invalid"));
        }
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public void setRegistered(boolean registered) {
        this.registered = registered;
    }

    public void setReset(boolean reset) {
        this.reset = reset;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
