package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.attune.platform.web.SecurityHeaders;

/**
 * Form sign-in at {@code /login}. A visitor who opens a protected page is sent to the sign-in page, and back to that
 * page once signed in (see {@link ReturnTo}); the sign-in page hands the credential over through
 * {@code SecurityContext.authenticate}. The session keeps the caller signed in.
 *
 * <p>Runs before any servlet filter, so it also puts the security headers on the responses it answers itself.
 */
@AutoApplySession
@ApplicationScoped
public class AttuneAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            ReturnTo.remember(request);
            return context.redirect(request.getContextPath() + "/login");
        }
        return context.doNothing();
    }
}
