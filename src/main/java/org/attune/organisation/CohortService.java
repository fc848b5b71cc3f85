package org.attune.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;

/**
 * Cohorts, scoped by organisation: trainers and lead trainers see only their own organisation's cohorts, and only
 * lead trainers create them.
 */
@ApplicationScoped
public class CohortService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private OrganisationService organisations;

    /** The cohorts of the viewer's own organisation, by name; none for anyone who is not a trainer. */
    public List<Cohort> visibleTo(Person viewer) {
        Optional<Organisation> own = trainersOrganisation(viewer);
        if (own.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Cohort c where c.organisation.id = :org order by c.name", Cohort.class)
                .setParameter("org", own.get().getId())
                .getResultList();
    }

    /** A cohort if the viewer may see it; empty for another organisation's cohort, as for one that does not exist. */
    public Optional<Cohort> findVisible(long cohortId, Person viewer) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            return Optional.empty();
        }
        return trainersOrganisation(viewer).filter(cohort::belongsTo).map(o -> cohort);
    }

    public boolean nameTaken(Person lead, String name) {
        Optional<Organisation> own = trainersOrganisation(lead);
        return own.isPresent()
                && !em.createQuery(
                                "select c.id from Cohort c where c.organisation.id = :org"
                                        + " and lower(c.name) = :name",
                                Long.class)
                        .setParameter("org", own.get().getId())
                        .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                        .getResultList()
                        .isEmpty();
    }

    /** Creates a cohort in the lead trainer's own training organisation. */
    @Transactional
    public Cohort create(Person lead, String name) {
        requireLead(lead);
        Organisation own = trainersOrganisation(lead)
                .orElseThrow(() -> new IllegalStateException("A lead trainer must belong to a training organisation"));
        Cohort cohort = new Cohort(own, name, clock.instant());
        em.persist(cohort);
        em.flush();
        audit.record(AuditActor.person(lead.id()), "COHORT_CREATED", "cohort:" + cohort.getId(), cohort.getName());
        return cohort;
    }

    /** Adds a trainee of the lead trainer's own organisation to one of its cohorts. */
    @Transactional
    public void addMember(long cohortId, Person lead, Person trainee) {
        requireLead(lead);
        Cohort cohort = findVisible(cohortId, lead).orElseThrow(() -> new SecurityException("Not your cohort"));
        if (organisations.organisationOf(trainee).filter(cohort::belongsTo).isEmpty()) {
            throw new SecurityException("The trainee belongs to another organisation");
        }
        enrol(cohortId, trainee);
        audit.record(
                AuditActor.person(lead.id()), "COHORT_MEMBER_ADDED", "cohort:" + cohortId, "person:" + trainee.id());
    }

    /**
     * Puts a trainee in a cohort, once. A membership is a row of its own ({@link CohortMember}): the cohort itself
     * is not updated, so trainees joining at the same time do not conflict over its version.
     */
    void enrol(long cohortId, Person trainee) {
        Long personId = Objects.requireNonNull(trainee.id(), "a trainee saved already");
        if (em.find(CohortMember.class, new CohortMember.Key(cohortId, personId)) == null) {
            em.persist(new CohortMember(cohortId, personId));
        }
    }

    /** Every trainee in the viewer's organisation's cohorts, by name; none for anyone who is not a trainer. */
    public List<Person> visibleTrainees(Person viewer) {
        Optional<Organisation> own = trainersOrganisation(viewer);
        if (own.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct p from Cohort c join c.members p where c.organisation.id = :org"
                                + " order by p.displayName",
                        Person.class)
                .setParameter("org", own.get().getId())
                .getResultList();
    }

    /** A trainee if they are in one of the viewer's organisation's cohorts; empty otherwise. */
    public Optional<Person> findVisibleTrainee(long personId, Person viewer) {
        Optional<Organisation> own = trainersOrganisation(viewer);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select p from Cohort c join c.members p where c.organisation.id = :org" + " and p.id = :id",
                        Person.class)
                .setParameter("org", own.get().getId())
                .setParameter("id", personId)
                .getResultStream()
                .findFirst();
    }

    /** The members of a cohort the viewer may see, by name. */
    public List<Person> members(Cohort cohort) {
        return em.createQuery(
                        "select p from Cohort c join c.members p where c.id = :id order by p.displayName", Person.class)
                .setParameter("id", cohort.getId())
                .getResultList();
    }

    /** One person's place in one cohort, read without loading the person (a list over many cohorts needs no more). */
    public record Member(long cohortId, String cohortName, long personId, String displayName, String email) {}

    /** The members of these cohorts, by cohort name and then name, in one query however many there are. */
    public List<Member> membersOf(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c.id, c.name, p.id, p.displayName, p.email from Cohort c join c.members p"
                                + " where c.id in :ids order by c.name, p.displayName",
                        Object[].class)
                .setParameter("ids", cohorts.stream().map(Cohort::getId).toList())
                .getResultStream()
                .map(r -> new Member((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    static void requireLead(Person person) {
        if (person == null || !person.hasRole(Role.LEAD_TRAINER)) {
            throw new SecurityException("Only lead trainers manage cohorts");
        }
    }

    Optional<Organisation> trainersOrganisation(Person viewer) {
        if (viewer == null || !viewer.hasRole(Role.TRAINER)) {
            return Optional.empty();
        }
        return organisations.organisationOf(viewer).filter(Organisation::isTraining);
    }
}
