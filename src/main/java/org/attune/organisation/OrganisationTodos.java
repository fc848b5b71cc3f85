package org.attune.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.account.Role;

/**
 * Organisation's part of the home page's to-do list, read only and counted by the database: for a lead trainer, their
 * own organisation's accreditation (to apply for or renew, or waiting for a decision) and its open invitations; for
 * an administrator, the applications waiting for review.
 */
@ApplicationScoped
public class OrganisationTodos {

    /** Accreditation that ends within this many days is due for renewal. */
    public static final int RENEW_WITHIN_DAYS = 90;

    /** A lead trainer's counts, for their own training organisation. */
    public record LeadCounts(
            long organisationId, long accreditationToApply, long applicationsWaiting, long openInvitations)
            implements Serializable {}

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccreditationService accreditations;

    /** The lead's counts; empty for someone who leads no training organisation. */
    public Optional<LeadCounts> forLead(Person lead) {
        if (!lead.hasRole(Role.LEAD_TRAINER)) {
            return Optional.empty();
        }
        Optional<Organisation> own = organisations.organisationOf(lead).filter(Organisation::isTraining);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        long org = own.get().getId();
        Instant now = clock.instant();
        long waiting = em.createQuery(
                        "select count(a) from AccreditationApplication a where a.organisationId = :o"
                                + " and a.state = 'SUBMITTED'",
                        Long.class)
                .setParameter("o", org)
                .getSingleResult();
        AccreditationStatus status = accreditations.current(org);
        boolean due = !status.accredited()
                || status.validUntil() != null
                        && status.validUntil().isBefore(now.plus(Duration.ofDays(RENEW_WITHIN_DAYS)));
        long invitations = em.createQuery(
                        "select count(i) from Invitation i where i.cohort.organisation.id = :o"
                                + " and i.withdrawnAt is null and i.expiresAt > :now",
                        Long.class)
                .setParameter("o", org)
                .setParameter("now", now)
                .getSingleResult();
        return Optional.of(new LeadCounts(org, waiting == 0 && due ? 1 : 0, waiting, invitations));
    }

    /** Accreditation applications waiting for an administrator's review (every organisation's). */
    public long applicationsToReview(Person admin) {
        if (!admin.hasRole(Role.ADMINISTRATOR)) {
            return 0;
        }
        return em.createQuery("select count(a) from AccreditationApplication a where a.state = 'SUBMITTED'", Long.class)
                .getSingleResult();
    }
}
