package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The account's part of erasing a person: their fields replaced, their sessions, reset links, known devices and
 * sign-in counts ended. The caller (the privacy feature) decides whether the erasure may happen and records it.
 */
@ApplicationScoped
public class AccountErasure {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SignInRecords signInRecords;

    @Inject
    private KnownDevices devices;

    /** The person, locked until the caller's transaction ends, so two erasures of one person run one after another. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Person> lock(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Whether someone other than this person is an active administrator. */
    public boolean anotherActiveAdministrator(long personId) {
        return em.createQuery(
                                "select count(p) from Person p join p.roles r where r = :role and p.active = true"
                                        + " and p.id <> :id",
                                Long.class)
                        .setParameter("role", Role.ADMINISTRATOR)
                        .setParameter("id", personId)
                        .getSingleResult()
                > 0;
    }

    /** Erases a locked person (see {@link Person#erase}); in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Person person, String pseudonym) {
        Instant now = clock.instant();
        String formerEmail = person.email();
        em.createQuery("update PasswordResetToken t set t.usedAt = :now where t.person = :p and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("p", person)
                .executeUpdate();
        em.createQuery("delete from EmailChange c where c.person = :p")
                .setParameter("p", person)
                .executeUpdate();
        devices.revokeAll(person.id());
        signInRecords.forgetAccount(formerEmail);
        person.erase(pseudonym, now);
        em.flush();
    }
}
