package org.attune.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs the current request's visitor in with an e-mail address and password through the application's
 * authentication mechanism (so throttling, the session limit and the credentials check apply as on the sign-in page),
 * under a new session id. Used by the sign-in page and by registration, which signs the new person in.
 */
public final class SignInNow {

    private SignInNow() {}

    public static AuthenticationStatus signIn(
            SecurityContext security,
            HttpServletRequest request,
            HttpServletResponse response,
            String email,
            String password) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before signing in is never the signed-in one
        }
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            SignedInSessions.markStarted(request);
        }
        return status;
    }
}
