package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.platform.web.ClientAddresses;

/**
 * Jakarta Security's view of Attune's accounts: validates an e-mail address and password through
 * {@link SignInService} and names the caller by person id, with the groups of their roles.
 */
@ApplicationScoped
public class AttuneIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AttuneIdentityStore.class.getName());

    @Inject
    private SignInService signIn;

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private ClientAddresses clients;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential usernamePassword)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInOutcome outcome;
        try {
            outcome = signIn.signIn(
                    usernamePassword.getCaller(),
                    usernamePassword.getPassword().getValue(),
                    clients.of(request),
                    KnownDevices.presented(request));
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.WARNING, "Sign-in could not be recorded; treated as a failure", e);
            outcome = SignInOutcome.invalid();
        }
        attempt.setOutcome(outcome);
        if (!outcome.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(String.valueOf(outcome.personId()), outcome.groups());
    }
}
