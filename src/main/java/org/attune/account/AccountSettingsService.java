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
import org.attune.audit.AuditLog;
import org.attune.platform.Secrets;
import org.attune.platform.config.BaseUrl;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;

/**
 * A signed-in person changes their own name, password and e-mail address. A new password needs the current one and
 * ends the person's other sessions on every node (see {@link Person#choosePassword}); a new address is confirmed by a
 * link sent to it, changes only when that link is used, and the old address is told.
 */
@ApplicationScoped
public class AccountSettingsService {

    /** Why a change was not made; each belongs next to one field of the account page. */
    public enum Failure {
        NAME_MISSING,
        NAME_TOO_LONG,
        WRONG_CURRENT_PASSWORD,
        PASSWORD_NOT_ACCEPTABLE,
        EMAIL_INVALID,
        EMAIL_SAME,
        EMAIL_TAKEN,
        LINK_NOT_VALID
    }

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private MailService mail;

    @Inject
    private BaseUrl baseUrl;

    @Inject
    private PeopleService people;

    @Inject
    private KnownDevices devices;

    private final PasswordHasher hasher = new PasswordHasher();

    @Transactional
    public Optional<Failure> rename(long personId, String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Failure.NAME_MISSING);
        }
        if (name.strip().length() > PersonRules.MAX_NAME) {
            return Optional.of(Failure.NAME_TOO_LONG);
        }
        Person person = em.find(Person.class, personId);
        person.rename(name);
        audit.record(String.valueOf(personId), "NAME_CHANGED", "person:" + personId, null);
        return Optional.empty();
    }

    /**
     * Sets a new password when the current one is right; the caller keeps its own session (see
     * {@link SignedInSessions#keepAfterPasswordChange}), every other session of the person ends.
     */
    @Transactional
    public Optional<Failure> changePassword(long personId, String current, String newPassword) {
        Person person = em.find(Person.class, personId);
        if (current == null
                || person.passwordHash() == null
                || !hasher.verify(current.toCharArray(), person.passwordHash())) {
            return Optional.of(Failure.WRONG_CURRENT_PASSWORD);
        }
        if (PasswordPolicy.problemWith(newPassword, person.email()).isPresent()) {
            return Optional.of(Failure.PASSWORD_NOT_ACCEPTABLE);
        }
        person.choosePassword(hasher.hash(newPassword.toCharArray()), clock.instant());
        devices.revokeAll(personId);
        audit.record(String.valueOf(personId), "PASSWORD_CHANGED", "person:" + personId, "by the person");
        return Optional.empty();
    }

    /** Mails a confirmation link to the new address (valid for {@link EmailChange#VALIDITY}); nothing changes yet. */
    @Transactional
    public Optional<Failure> requestEmailChange(long personId, String newEmail) {
        String normalised = PersonRules.normaliseEmail(newEmail);
        if (!PersonRules.isValidEmail(normalised)) {
            return Optional.of(Failure.EMAIL_INVALID);
        }
        Person person = em.find(Person.class, personId);
        if (normalised.equals(person.email())) {
            return Optional.of(Failure.EMAIL_SAME);
        }
        if (people.emailTaken(normalised, personId)) {
            return Optional.of(Failure.EMAIL_TAKEN);
        }
        String token = Secrets.randomToken();
        em.persist(new EmailChange(person, normalised, token, clock.instant()));
        mail.send(
                normalised,
                Texts.get("account.email.confirm.subject"),
                Texts.get(
                        "account.email.confirm.body",
                        person.displayName(),
                        EmailChange.link(baseUrl.value(), token),
                        EmailChange.VALIDITY.toHours(),
                        baseUrl.to("/account/settings")));
        mail.send(
                person.email(),
                Texts.get("account.email.requested.subject"),
                Texts.get(
                        "account.email.requested.body",
                        person.displayName(),
                        normalised,
                        baseUrl.to("/account/settings")));
        audit.record(String.valueOf(personId), "EMAIL_CHANGE_REQUESTED", "person:" + personId, null);
        return Optional.empty();
    }

    /** Whether a confirmation link can still be used by this (signed-in) person. */
    public boolean confirmable(long personId, String token) {
        return pending(token, false)
                .filter(c -> c.person().id() == personId && c.usableAt(clock.instant()))
                .isPresent();
    }

    /** The signed-in person uses their confirmation link: the address changes now, once; the old address is told. */
    @Transactional
    public Optional<Failure> confirmEmailChange(long personId, String token) {
        Instant now = clock.instant();
        Optional<EmailChange> found = pending(token, true)
                .filter(c -> c.person().id() == personId
                        && c.usableAt(now)
                        && c.person().active()
                        && !c.person().erased());
        if (found.isEmpty()) {
            return Optional.of(Failure.LINK_NOT_VALID);
        }
        EmailChange change = found.get();
        Person person = change.person();
        if (people.emailTaken(change.newEmail(), person.id())) {
            return Optional.of(Failure.EMAIL_TAKEN);
        }
        String old = person.email();
        change.use(now);
        em.createQuery("update EmailChange c set c.usedAt = :now where c.person = :p and c.usedAt is null")
                .setParameter("now", now)
                .setParameter("p", person)
                .executeUpdate();
        person.changeEmail(change.newEmail());
        em.flush(); // the unique address is checked here, inside the transaction
        mail.send(
                old,
                Texts.get("account.email.changed.subject"),
                Texts.get(
                        "account.email.changed.body",
                        person.displayName(),
                        person.email(),
                        baseUrl.to("/password-reset")));
        audit.record(String.valueOf(person.id()), "EMAIL_CHANGED", "person:" + person.id(), null);
        return Optional.empty();
    }

    private Optional<EmailChange> pending(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var query = em.createQuery("select c from EmailChange c where c.tokenHash = :h", EmailChange.class)
                .setParameter("h", EmailChange.hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
