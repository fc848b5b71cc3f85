package org.attune.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in by Attune's own form at {@code /login}: a protected page sends an anonymous visitor there and, after
 * signing in, back to the page they asked for. Which role may open which page is declared in {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"trainee", "trainer", "lead-trainer", "manager", "admin"})
@ApplicationScoped
public class SecurityConfiguration {
}
