package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.organisation.OrganisationService;

/**
 * Who may download a certificate's PDF and credential: the holder, administrators, and trainers of the issuing
 * organisation. (Anyone may verify a number.)
 */
@ApplicationScoped
public class CertificateAccess {

    @Inject
    private OrganisationService organisations;

    public boolean mayDownload(Person person, Certificate c) {
        if (person == null) {
            return false;
        }
        if (person.id() == c.getPersonId() || person.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        return person.hasRole(Role.TRAINER)
                && organisations
                        .organisationOf(person)
                        .filter(o -> Objects.equals(o.getId(), c.getOrganisationId()))
                        .isPresent();
    }
}
