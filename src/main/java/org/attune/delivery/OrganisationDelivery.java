package org.attune.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.attune.certification.CertificationService;
import org.attune.organisation.FacilitatorDelivery;

/**
 * A training organisation's facilitators' delivery profile in aggregate, for its accreditation review. Whose
 * programmes count:
 * <ul>
 * <li>the facilitators whose newest certificate that organisation issued (a facilitator later certified elsewhere
 * counts for the newer organisation only);</li>
 * <li>who share their profile with their training organisation ({@link DeliverySharing#isWithTraining()}): the
 * same consent that lets its lead trainers see their profile, so the organisation's evidence never uses a
 * facilitator's figures they chose to keep to themselves;</li>
 * <li>their programmes that started in the last {@link #YEARS} years (the usual accreditation period), each only
 * with at least {@link DeliveryProfiles#MIN_RESPONSES} responses and only the figures it shows, as in a
 * facilitator's own totals; each share over all of them shown only on at least that many answers.</li>
 * </ul>
 * Only the aggregate and how many facilitators, programmes and responses stand behind it leave this class: never
 * which facilitator ran which programme, never a response or a comment.
 */
@ApplicationScoped
public class OrganisationDelivery implements FacilitatorDelivery {

    /** Programmes that started within this many years count. */
    public static final int YEARS = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CertificationService certification;

    @Inject
    private DeliveryProfiles profiles;

    @Inject
    private DeliveryService delivery;

    @Override
    public Aggregate of(long organisationId) {
        List<Long> holders = certification.holdersCertifiedBy(organisationId);
        List<Long> sharing = holders.isEmpty()
                ? List.of()
                : em.createQuery(
                                "select s.personId from DeliverySharing s where s.withTraining = true"
                                        + " and s.personId in :p",
                                Long.class)
                        .setParameter("p", holders)
                        .getResultList();
        LocalDate today = delivery.today();
        DeliveryProfiles.Aggregate a = profiles.aggregate(sharing, today.minusYears(YEARS), today.plusDays(1));
        return new Aggregate(
                a.people(),
                a.qualifying(),
                a.responses(),
                DeliveryProfiles.MIN_RESPONSES,
                a.shares().stream()
                        .map(s -> new Figure(s.statement(), s.percent(), s.base()))
                        .toList());
    }
}
