package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.attune.platform.web.ClientAddresses;
import org.attune.platform.web.PlainErrorPage;
import org.attune.platform.web.SecurityHeaders;

/**
 * Form sign-in at {@code /login}. A visitor who opens a protected page is sent to the sign-in page, and back to that
 * page once signed in (see {@link ReturnTo}); the sign-in page hands the credential over through
 * {@code SecurityContext.authenticate}.
 *
 * <p>The session keeps only the signed-in person's id and sign-in time ({@link SignedInSessions}); every request
 * looks up their current roles. This replaces Jakarta Security's {@code @AutoApplySession}, which on Payara
 * intermittently loses the caller's groups under concurrent requests (payara/Payara#6145) and on another cluster
 * node (payara/Payara#6342). It also means that a deactivated person or a removed role takes effect at once, not at
 * the next sign-in, and that a session signed in before a password change ends.
 *
 * <p>Runs before any servlet filter, so it also puts the security headers on the responses it answers itself.
 */
@ApplicationScoped
public class AttuneAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AttuneAuthenticationMechanism.class.getName());

    /** The signed-in person, looked up once per request and handed to {@link CurrentUser}. */
    static final String REQUEST_PERSON = "attune.person";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private PeopleService people;

    @Inject
    private ClientAddresses clients;

    @Inject
    private KnownDevices devices;

    @Inject
    private Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.apply(response, clients.https(request));
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                long personId = Long.parseLong(result.getCallerPrincipal().getName());
                SignedInSessions.signIn(request, personId, clock.instant());
                devices.remember(request, response, personId, clients.https(request));
            }
            return context.notifyContainerAboutLogin(result);
        }
        Optional<Person> signedIn;
        try {
            signedIn = signedInPerson(request);
        } catch (RuntimeException databaseUnavailable) {
            if (!PlainErrorPage.isDatabaseFailure(databaseUnavailable)) {
                throw databaseUnavailable;
            }
            LOG.warning(() -> "The signed-in person could not be read (database unavailable): "
                    + databaseUnavailable.getClass().getSimpleName());
            try {
                PlainErrorPage.unavailable(response);
            } catch (IOException e) {
                LOG.fine(() -> "The unavailable page could not be written: " + e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(
                    new CallerPrincipal(String.valueOf(signedIn.get().id())),
                    Role.groupsOf(signedIn.get().roles()));
        }
        if (context.isProtected()) {
            ReturnTo.remember(request);
            // a relative Location: the container would build an absolute one from the Host header (see
            // RelativeRedirects), which behind a proxy is not the address the browser used
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + "/login");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    /**
     * The person this session signed in, if they still may sign in; a session of a deactivated person ends, and so
     * does a session signed in before the person's password last changed (read from the database on each request,
     * so a reset on one node ends the person's sessions on every node).
     */
    private Optional<Person> signedInPerson(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignedInSessions.PERSON) instanceof Long personId)) {
            return Optional.empty();
        }
        Optional<Person> person = people.find(personId).filter(Person::canSignIn);
        if (person.isPresent() && person.get().signedInBeforeCredentialsChanged(SignedInSessions.signedInAt(session))) {
            session.invalidate();
            return Optional.empty();
        }
        if (person.isEmpty()) {
            session.removeAttribute(SignedInSessions.PERSON);
        } else {
            request.setAttribute(REQUEST_PERSON, person.get());
        }
        return person;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInSessions.PERSON);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
