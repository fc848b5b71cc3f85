package org.attune.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.audit.AuditLog;

/** Creates and edits organisations, and decides who belongs to which. */
@ApplicationScoped
public class OrganisationService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
                .getResultList();
    }

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** Whether another organisation already has this name (ignoring case). */
    public boolean nameTaken(String name, Long exceptId) {
        return em.createQuery("select o.id from Organisation o where lower(o.name) = :name", Long.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .anyMatch(found -> !found.equals(exceptId));
    }

    /**
     * Saves a new or edited organisation. Throws {@link jakarta.persistence.OptimisticLockException} when someone else
     * saved it since {@code expectedVersion} was read.
     */
    @Transactional
    public Organisation save(
            Long id,
            long expectedVersion,
            OrganisationKind kind,
            String name,
            String contactEmail,
            String website,
            String actor) {
        Organisation organisation;
        if (id == null) {
            organisation = new Organisation(kind, name, clock.instant());
            organisation.changeContact(contactEmail, website);
            em.persist(organisation);
            em.flush();
            audit.record(actor, "ORGANISATION_CREATED", "organisation:" + organisation.getId(), name);
        } else {
            organisation = em.find(Organisation.class, id);
            if (organisation == null) {
                throw new IllegalArgumentException("No organisation " + id);
            }
            if (organisation.getVersion() != expectedVersion) {
                throw new OptimisticLockException(organisation);
            }
            organisation.rename(name);
            organisation.changeContact(contactEmail, website);
            audit.record(actor, "ORGANISATION_CHANGED", "organisation:" + id, name);
        }
        return organisation;
    }

    public Optional<Organisation> organisationOf(Person person) {
        return membershipOf(person.id()).map(Membership::organisation);
    }

    public Optional<Membership> membershipOf(long personId) {
        return em.createQuery("select m from Membership m where m.person.id = :id", Membership.class)
                .setParameter("id", personId)
                .getResultStream()
                .findFirst();
    }

    /** Puts a person in an organisation, or takes them out of any when {@code organisationId} is null. */
    @Transactional
    public void assign(Person person, Long organisationId, String actor) {
        Optional<Membership> current = membershipOf(person.id());
        if (organisationId == null) {
            current.ifPresent(em::remove);
            return;
        }
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (current.isPresent()) {
            if (!current.get().organisation().getId().equals(organisationId)) {
                current.get().moveTo(organisation, clock.instant());
                audit.record(actor, "MEMBERSHIP_CHANGED", "person:" + person.id(), "organisation:" + organisationId);
            }
        } else {
            em.persist(new Membership(person, organisation, clock.instant()));
            audit.record(actor, "MEMBERSHIP_CHANGED", "person:" + person.id(), "organisation:" + organisationId);
        }
    }

    /** People who belong to an organisation, by name. */
    public List<Person> members(long organisationId) {
        return em.createQuery(
                        "select m.person from Membership m where m.organisation.id = :id"
                                + " order by m.person.displayName",
                        Person.class)
                .setParameter("id", organisationId)
                .getResultList();
    }

    /**
     * Takes a person out of their organisation and every cohort, leaving no trace here (for an account removed by the
     * retention schedule before it was ever used); in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetMembershipsOf(long personId) {
        em.createQuery("delete from CohortMember m where m.personId = :p")
                .setParameter("p", personId)
                .executeUpdate();
        em.createQuery("delete from Membership m where m.person.id = :p")
                .setParameter("p", personId)
                .executeUpdate();
    }
}
