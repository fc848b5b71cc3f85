package org.attune.account;

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
import java.util.Set;
import org.attune.audit.AuditLog;

/** Creates people and changes their details, roles, passwords and whether they may sign in. */
@ApplicationScoped
public class PeopleService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    private final PasswordHasher hasher = new PasswordHasher();

    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Optional<Person> findByEmail(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", PersonRules.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    public boolean emailTaken(String email, Long exceptId) {
        return findByEmail(email).map(p -> !p.id().equals(exceptId)).orElse(false);
    }

    /** People whose name or e-mail address contains the text (all when blank), by name, at most {@code max}. */
    public List<Person> search(String text, int max) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery(
                        "select p from Person p where lower(p.displayName) like :t or p.email like :t"
                                + " order by p.displayName",
                        Person.class)
                .setParameter("t", like)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Creates a person who can sign in with the given password, which must already satisfy {@link PasswordPolicy}.
     */
    @Transactional
    public Person create(String email, String name, Set<Role> roles, String password, String actor) {
        checkPassword(password, email);
        return persist(email, name, roles, hasher.hash(password.toCharArray()), actor);
    }

    /**
     * Creates a person whose password was hashed elsewhere in this class's format (the run mode's demo accounts);
     * a hash at an older work factor is upgraded at the next sign-in.
     */
    @Transactional
    public Person createWithPasswordHash(
            String email, String name, Set<Role> roles, String passwordHash, String actor) {
        return persist(email, name, roles, passwordHash, actor);
    }

    /** Creates a person who cannot sign in until they choose a password through a reset link. */
    @Transactional
    public Person createWithoutPassword(String email, String name, Set<Role> roles, String actor) {
        return persist(email, name, roles, null, actor);
    }

    private Person persist(String email, String name, Set<Role> roles, String passwordHash, String actor) {
        Person person = new Person(email, name, roles, clock.instant());
        if (passwordHash != null) {
            person.setPasswordHash(passwordHash);
        }
        em.persist(person);
        em.flush();
        audit.record(actor, "PERSON_CREATED", "person:" + person.id(), "roles " + roles);
        return person;
    }

    /** Changes name, e-mail, roles and whether the person may sign in; refuses stale edits. */
    @Transactional
    public Person update(
            long id, long expectedVersion, String email, String name, Set<Role> roles, boolean active, String actor) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new IllegalArgumentException("No person " + id);
        }
        if (person.version() != expectedVersion) {
            throw new OptimisticLockException(person);
        }
        person.rename(name);
        String normalised = PersonRules.normaliseEmail(email);
        if (!normalised.equals(person.email())) {
            person.changeEmail(normalised);
            audit.record(actor, "EMAIL_CHANGED", "person:" + id, null);
        }
        if (!person.roles().equals(roles)) {
            audit.record(actor, "ROLES_CHANGED", "person:" + id, person.roles() + " -> " + roles);
            person.replaceRoles(roles);
        }
        if (person.active() != active) {
            if (active) {
                person.activate();
            } else {
                person.deactivate();
            }
            audit.record(actor, active ? "PERSON_ACTIVATED" : "PERSON_DEACTIVATED", "person:" + id, null);
        }
        return person;
    }

    @Transactional
    public void changePassword(long id, String password, String actor) {
        Person person = em.find(Person.class, id);
        checkPassword(password, person.email());
        person.choosePassword(hasher.hash(password.toCharArray()), clock.instant());
        audit.record(actor, "PASSWORD_CHANGED", "person:" + id, null);
    }

    /** Active managers who have not turned off the weekly roster digest. */
    public List<Person> rosterDigestRecipients() {
        return em.createQuery(
                        "select p from Person p where :role member of p.roles and p.active = true"
                                + " and p.erasedAt is null and p.rosterDigest = true order by p.id",
                        Person.class)
                .setParameter("role", Role.MANAGER)
                .getResultList();
    }

    /** A manager turns the weekly roster digest on or off. */
    @Transactional
    public void chooseRosterDigest(long id, boolean wanted) {
        Person person = em.find(Person.class, id);
        if (person.wantsRosterDigest() != wanted) {
            person.chooseRosterDigest(wanted);
            audit.record(String.valueOf(id), wanted ? "ROSTER_DIGEST_ON" : "ROSTER_DIGEST_OFF", "person:" + id, null);
        }
    }

    private static void checkPassword(String password, String email) {
        PasswordPolicy.problemWith(password, email).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }
}
