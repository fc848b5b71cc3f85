package org.attune.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.attune.audit.AuditLog;

/** Accreditation decisions about training organisations, and what they mean at a given moment. */
@ApplicationScoped
public class AccreditationService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    /** Every decision about an organisation, newest first. */
    public List<Accreditation> history(long organisationId) {
        return em.createQuery(
                        "select a from Accreditation a where a.organisationId = :o"
                                + " order by a.decidedAt desc, a.id desc",
                        Accreditation.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    /** Where the organisation stood at a moment: the latest decision made by then. */
    public AccreditationStatus statusAt(long organisationId, Instant moment) {
        Accreditation decision = em.createQuery(
                        "select a from Accreditation a where a.organisationId = :o"
                                + " and a.decidedAt <= :t order by a.decidedAt desc, a.id desc",
                        Accreditation.class)
                .setParameter("o", organisationId)
                .setParameter("t", moment)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (decision == null) {
            return AccreditationStatus.NONE;
        }
        if (!decision.getOutcome().accredits()) {
            return new AccreditationStatus("REFUSED", decision.getFocus(), null);
        }
        return new AccreditationStatus(
                decision.accreditsAt(moment) ? decision.getOutcome().name() : "EXPIRED",
                decision.getFocus(),
                decision.getValidUntil());
    }

    public AccreditationStatus current(long organisationId) {
        return statusAt(organisationId, clock.instant());
    }

    /** Records a decision (the review workflow and the demo data call this), audited. */
    @Transactional
    public Accreditation decide(
            long organisationId,
            AccreditationOutcome outcome,
            String focus,
            String conditions,
            Long decidedBy,
            Instant validUntil,
            String actor) {
        Accreditation decision =
                new Accreditation(organisationId, outcome, focus, conditions, decidedBy, clock.instant(), validUntil);
        em.persist(decision);
        audit.record(
                actor,
                "ACCREDITATION_DECIDED",
                "organisation:" + organisationId,
                outcome + (validUntil == null ? "" : " until " + validUntil));
        return decision;
    }
}
