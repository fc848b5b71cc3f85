package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationService;

/**
 * Suspension, reinstatement and revocation, by an administrator or a lead trainer of the issuing organisation,
 * always with a reason, audited, and visible at once wherever the certificate is checked.
 */
@ApplicationScoped
public class CertificateAdminService {

    /** What may be done to a certificate. */
    public enum Action {
        SUSPEND,
        REINSTATE,
        REVOKE
    }

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Event<CertificateChanged> changed;

    /** The certificates the person may manage: all for administrators, their organisation's for lead trainers. */
    public List<Certificate> manageable(Person person, String search) {
        String text = search == null ? "" : "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
        String filter = text.isEmpty() ? "" : " and (lower(c.holderName) like :t or lower(c.number.value) like :t)";
        if (person.hasRole(Role.ADMINISTRATOR)) {
            var q = em.createQuery(
                            "select c from Certificate c where 1 = 1" + filter + " order by c.issuedAt desc, c.id desc",
                            Certificate.class)
                    .setMaxResults(200);
            return text.isEmpty()
                    ? q.getResultList()
                    : q.setParameter("t", text).getResultList();
        }
        Long own = leadsOrganisation(person);
        if (own == null) {
            return List.of();
        }
        var q = em.createQuery(
                        "select c from Certificate c where c.organisationId = :o" + filter
                                + " order by c.issuedAt desc, c.id desc",
                        Certificate.class)
                .setParameter("o", own)
                .setMaxResults(200);
        return text.isEmpty() ? q.getResultList() : q.setParameter("t", text).getResultList();
    }

    @Transactional
    public Certificate apply(Person person, long certificateId, Action action, String reason) {
        Certificate c = em.find(Certificate.class, certificateId);
        if (c == null || !mayManage(person, c)) {
            throw new SecurityException("Not a certificate you may manage");
        }
        switch (action) {
            case SUSPEND -> c.suspend(reason, person.id(), clock.instant());
            case REINSTATE -> c.reinstate(reason, person.id(), clock.instant());
            case REVOKE -> c.revoke(reason, person.id(), clock.instant());
        }
        audit.record(
                AuditActor.person(person.id()),
                "CERTIFICATE_"
                        + switch (action) {
                            case SUSPEND -> "SUSPENDED";
                            case REINSTATE -> "REINSTATED";
                            case REVOKE -> "REVOKED";
                        },
                "certificate:" + c.getNumber(),
                reason.strip());
        changed.fire(CertificateChanged.of(action, c, clock.instant()));
        return c;
    }

    private boolean mayManage(Person person, Certificate c) {
        if (person.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        Long own = leadsOrganisation(person);
        return own != null && own == c.getOrganisationId();
    }

    /**
     * For the home page's to-do list: how many of the lead trainer's organisation's current certificates expire within
     * their last {@value ExpiryWindow#DAYS} days ({@link ExpiryWindow}) and are not renewed yet; 0 for anyone else.
     */
    public long expiringSoon(Person lead) {
        Long own = leadsOrganisation(lead);
        if (own == null) {
            return 0;
        }
        Instant now = clock.instant();
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM certificate c WHERE c.organisation_id = ?"
                        + " AND c.status = 'ACTIVE' AND c.expires_at > ? AND c.expires_at <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM certificate n WHERE n.supersedes_id = c.id)")
                .setParameter(1, own)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(ExpiryWindow.latestExpiryWithin(now)))
                .getSingleResult();
        return count.longValue();
    }

    private Long leadsOrganisation(Person person) {
        if (!person.hasRole(Role.LEAD_TRAINER)) {
            return null;
        }
        return organisations
                .organisationOf(person)
                .filter(Organisation::isTraining)
                .map(Organisation::getId)
                .orElse(null);
    }
}
