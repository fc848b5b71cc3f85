package org.attune.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.attune.account.UnfinishedRegistrations;
import org.attune.organisation.OrganisationService;

/**
 * Removes one unfinished registration in a transaction of its own: the account feature locks and checks it, the
 * organisation feature forgets its memberships, then the account feature deletes it.
 */
@ApplicationScoped
public class RegistrationPurge {

    @Inject
    private UnfinishedRegistrations accounts;

    @Inject
    private OrganisationService organisations;

    /** True when the account was still unfinished and is gone; false when it was finished meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean purge(long personId, Instant cutoff) {
        if (!accounts.lockIfUnfinished(personId, cutoff)) {
            return false;
        }
        organisations.forgetMembershipsOf(personId);
        accounts.delete(personId);
        return true;
    }
}
