package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.attune.platform.web.PlainErrorPage;

/** The signed-in person for this request, or nobody. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private HttpServletRequest request;

    private Person person;
    private boolean loaded;

    public Person person() {
        if (!loaded) {
            loaded = true;
            Principal principal = security.getCallerPrincipal();
            Object looked = request.getAttribute(AttuneAuthenticationMechanism.REQUEST_PERSON);
            if (principal != null
                    && looked instanceof Person p
                    && String.valueOf(p.id()).equals(principal.getName())) {
                person = p; // already read by the authentication mechanism for this request
            } else if (principal != null) {
                try {
                    person = em.find(Person.class, Long.valueOf(principal.getName()));
                } catch (RuntimeException e) { // a malformed principal, or the database is unreachable
                    if (!(e instanceof NumberFormatException) && !PlainErrorPage.isDatabaseFailure(e)) {
                        throw e;
                    }
                    person = null;
                }
            }
        }
        return person;
    }

    public boolean isSignedIn() {
        return person() != null;
    }

    public String getDisplayName() {
        return isSignedIn() ? person().displayName() : null;
    }

    public boolean hasRole(Role role) {
        return isSignedIn() && person().hasRole(role);
    }

    public boolean isTrainee() {
        return hasRole(Role.TRAINEE);
    }

    public boolean isTrainer() {
        return hasRole(Role.TRAINER);
    }

    public boolean isLeadTrainer() {
        return hasRole(Role.LEAD_TRAINER);
    }

    public boolean isManager() {
        return hasRole(Role.MANAGER);
    }

    public boolean isAdministrator() {
        return hasRole(Role.ADMINISTRATOR);
    }

    public Long id() {
        return isSignedIn() ? person().id() : null;
    }
}
