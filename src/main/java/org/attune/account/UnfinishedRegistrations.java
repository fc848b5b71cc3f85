package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Trainee accounts that were made for someone (a cohort import) who never chose a password: never used, so nothing
 * but the account, its roles and reset links refers to them here. The retention schedule says how long they are kept.
 * Staff accounts (any role besides trainee) are never treated as unfinished registrations.
 */
@ApplicationScoped
public class UnfinishedRegistrations {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    /** The ids of trainee accounts created before {@code cutoff} whose password was never chosen. */
    public List<Long> createdBefore(Instant cutoff) {
        return em.createQuery(
                        "select p from Person p where p.passwordHash is null and p.credentialsChangedAt is null"
                                + " and p.createdAt < :cutoff",
                        Person.class)
                .setParameter("cutoff", cutoff)
                .getResultStream()
                .filter(UnfinishedRegistrations::isUnfinished)
                .map(Person::id)
                .toList();
    }

    private static boolean isUnfinished(Person p) {
        return p.passwordHash() == null && p.roles().equals(Set.of(Role.TRAINEE));
    }

    /**
     * Locks the account and says whether it is still an unfinished registration created before {@code cutoff}
     * (someone may have chosen their password meanwhile); in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockIfUnfinished(long personId, Instant cutoff) {
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        return person != null && isUnfinished(person) && person.createdAt().isBefore(cutoff);
    }

    /** Deletes the account with its roles, reset links and devices; in the caller's transaction, after the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(long personId) {
        em.createQuery("delete from PasswordResetToken t where t.person.id = :p")
                .setParameter("p", personId)
                .executeUpdate();
        em.createQuery("delete from KnownDevice d where d.personId = :p")
                .setParameter("p", personId)
                .executeUpdate();
        em.createQuery("delete from EmailChange c where c.person.id = :p")
                .setParameter("p", personId)
                .executeUpdate();
        em.remove(em.find(Person.class, personId));
    }
}
