package org.attune.organisation.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import lombok.Getter;
import org.attune.account.NewPasswordCheck;
import org.attune.account.PersonRules;
import org.attune.account.SignInNow;
import org.attune.organisation.Invitation;
import org.attune.organisation.InvitationService;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code register.xhtml}: a trainee registers with an invitation link and joins its cohort. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvitationService invitations;

    @Getter
    private String code;

    @Getter
    private boolean valid;

    @Getter
    private String cohortName;

    @Getter
    private String organisationName;

    @Getter
    private String name;

    @Getter
    private String email;

    @Getter
    private String password;

    @Getter
    private String confirmation;

    public void check() {
        Optional<Invitation> invitation = invitations.usable(code);
        valid = invitation.isPresent();
        invitation.ifPresent(i -> {
            cohortName = i.getCohort().getName();
            organisationName = i.getCohort().getOrganisation().getName();
        });
    }

    public void register() throws IOException {
        boolean ok = true;
        if (!PersonRules.isValidEmail(PersonRules.normaliseEmail(email))) {
            Messages.addError("form:email", Texts.get("person.email.invalid"));
            ok = false;
        }
        if (!NewPasswordCheck.passes(password, confirmation, email)) {
            ok = false;
        }
        if (!ok) {
            return;
        }
        Optional<InvitationService.Refusal> refusal = invitations.register(code, name, email, password);
        if (refusal.isEmpty()) {
            // signed in at once: the new trainee lands on their dashboard (the sign-in page if that fails)
            SecurityContext security =
                    CDI.current().select(SecurityContext.class).get();
            boolean signedIn = SignInNow.signIn(security, Faces.getRequest(), Faces.getResponse(), email, password)
                    == AuthenticationStatus.SUCCESS;
            password = null;
            confirmation = null;
            if (signedIn) {
                Messages.addFlashGlobalInfo(Texts.get("account.registered"));
            }
            Faces.redirect(signedIn ? "trainee/dashboard" : "login?registered=true");
        } else if (refusal.get() == InvitationService.Refusal.EMAIL_TAKEN) {
            Messages.addError("form:email", Texts.get("register.email.taken"));
        } else if (refusal.get() == InvitationService.Refusal.LINK_NOT_VALID) {
            valid = false;
        } else {
            Messages.addError("form:password", Texts.get("reset.choose.notAcceptable"));
        }
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
