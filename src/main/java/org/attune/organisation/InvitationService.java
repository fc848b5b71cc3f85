package org.attune.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.attune.account.PasswordPolicy;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;

/**
 * Invitation links to a cohort: lead trainers create and withdraw them; trainees register with one and join the
 * cohort and its organisation.
 */
@ApplicationScoped
public class InvitationService {

    /** Why a registration did not happen. */
    public enum Refusal {
        LINK_NOT_VALID,
        EMAIL_TAKEN,
        PASSWORD_NOT_ACCEPTABLE
    }

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private CohortService cohorts;

    @Inject
    private PeopleService people;

    @Inject
    private OrganisationService organisations;

    @Transactional
    public Invitation create(long cohortId, Person lead) {
        CohortService.requireLead(lead);
        Cohort cohort = cohorts.findVisible(cohortId, lead).orElseThrow(() -> new SecurityException("Not your cohort"));
        Invitation invitation = new Invitation(cohort, lead, clock.instant(), Invitation.DEFAULT_VALIDITY);
        em.persist(invitation);
        em.flush();
        audit.record(
                AuditActor.person(lead.id()),
                "INVITATION_CREATED",
                "cohort:" + cohortId,
                "invitation:" + invitation.getId() + " until " + invitation.getExpiresAt());
        return invitation;
    }

    @Transactional
    public void withdraw(long invitationId, Person lead) {
        CohortService.requireLead(lead);
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null
                || cohorts.findVisible(invitation.getCohort().getId(), lead).isEmpty()) {
            throw new SecurityException("Not your invitation");
        }
        invitation.withdraw(clock.instant());
        audit.record(
                AuditActor.person(lead.id()),
                "INVITATION_WITHDRAWN",
                "cohort:" + invitation.getCohort().getId(),
                "invitation:" + invitationId);
    }

    public List<Invitation> of(Cohort cohort) {
        return em.createQuery(
                        "select i from Invitation i where i.cohort.id = :id order by i.createdAt desc",
                        Invitation.class)
                .setParameter("id", cohort.getId())
                .getResultList();
    }

    /** The invitation a code names, if it can still be used. */
    public Optional<Invitation> usable(String code) {
        String normalised = Invitation.normaliseCode(code);
        if (normalised.isEmpty() || normalised.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("select i from Invitation i where i.code = :code", Invitation.class)
                .setParameter("code", normalised)
                .getResultStream()
                .findFirst()
                .filter(i -> i.usableAt(clock.instant()));
    }

    /** Registers a trainee with an invitation; empty when it worked. */
    @Transactional
    public Optional<Refusal> register(String code, String name, String email, String password) {
        Optional<Invitation> invitation = usable(code);
        if (invitation.isEmpty()) {
            return Optional.of(Refusal.LINK_NOT_VALID);
        }
        if (people.findByEmail(email).isPresent()) {
            return Optional.of(Refusal.EMAIL_TAKEN);
        }
        if (PasswordPolicy.problemWith(password, email).isPresent()) {
            return Optional.of(Refusal.PASSWORD_NOT_ACCEPTABLE);
        }
        Person trainee = people.create(email, name, EnumSet.of(Role.TRAINEE), password, null);
        Cohort cohort = em.find(Cohort.class, invitation.get().getCohort().getId());
        organisations.assign(trainee, cohort.getOrganisation().getId(), AuditActor.person(trainee.id()));
        cohorts.enrol(cohort.getId(), trainee);
        audit.record(
                AuditActor.person(trainee.id()),
                "REGISTERED_BY_INVITATION",
                "cohort:" + cohort.getId(),
                "invitation:" + invitation.get().getId());
        return Optional.empty();
    }

    /**
     * Deletes invitations that expired, or were withdrawn, before {@code cutoff} (the retention schedule); returns
     * how many went. A usable invitation is never deleted.
     */
    @Transactional
    public int deleteEndedBefore(Instant cutoff) {
        return em.createQuery("delete from Invitation i where i.expiresAt < :cutoff or i.withdrawnAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
