package org.attune.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.certification.CertificateNumber;
import org.attune.certification.CertificationService;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationService;
import org.attune.workforce.RosterRow;
import org.attune.workforce.WorkforceService;

/**
 * Facilitators' aggregated delivery profiles as others may see them, only with each facilitator's consent: the lead
 * trainers of their training organisation, and the managers who have their certificate on their roster. The same
 * figures as the facilitator's own (k >= 5), never a comment.
 */
@ApplicationScoped
public class SharedProfiles {

    /** One facilitator's shared profile. */
    public record Shared(String name, int programmes, int responses, List<DeliveryProfiles.ItemShare> overall)
            implements Serializable {

        public boolean enough() {
            return responses >= DeliveryProfiles.MIN_RESPONSES;
        }
    }

    @Inject
    private DeliveryService delivery;

    @Inject
    private DeliveryProfiles profiles;

    @Inject
    private OrganisationService organisations;

    @Inject
    private WorkforceService workforce;

    @Inject
    private CertificationService certification;

    /** The members of the lead trainer's organisation who share with it, by name. */
    public List<Shared> forLead(Person lead) {
        Optional<Organisation> organisation = organisations.organisationOf(lead);
        List<Shared> shared = new ArrayList<>();
        if (organisation.isEmpty()) {
            return shared;
        }
        for (Person member : organisations.members(organisation.get().getId())) {
            if (member.id() != lead.id() && delivery.sharing(member.id()).isWithTraining()) {
                shared.add(of(member.id(), member.displayName()));
            }
        }
        shared.sort(Comparator.comparing(Shared::name));
        return shared;
    }

    /** The holders on the manager's roster who share with employers, by name. */
    public List<Shared> forManager(Person manager) {
        Map<Long, String> holders = new LinkedHashMap<>();
        List<RosterRow> roster;
        try {
            roster = workforce.roster(manager);
        } catch (SecurityException noEmployer) {
            return List.of();
        }
        for (RosterRow row : roster) {
            CertificateNumber.parse(row.number())
                    .number()
                    .flatMap(certification::find)
                    .ifPresent(c -> holders.putIfAbsent(c.getPersonId(), c.getHolderName()));
        }
        List<Shared> shared = new ArrayList<>();
        holders.forEach((personId, name) -> {
            if (delivery.sharing(personId).isWithEmployers()) {
                shared.add(of(personId, name));
            }
        });
        shared.sort(Comparator.comparing(Shared::name));
        return shared;
    }

    private Shared of(long personId, String name) {
        DeliveryProfiles.Profile p = profiles.of(personId);
        return new Shared(name, p.programmes().size(), p.responses(), p.overall());
    }
}
