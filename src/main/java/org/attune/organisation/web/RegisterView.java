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

    private String code;
    private boolean valid;
    private String cohortName;
    private String organisationName;
    private String name;
    private String email;
    private String password;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isValid() {
        return valid;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
