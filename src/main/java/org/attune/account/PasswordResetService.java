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
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.platform.config.BaseUrl;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;

/**
 * Password reset by e-mail: a request sends a one-time link valid for 30 minutes to an active account's address
 * (and says nothing about whether the account exists); the link lets its holder choose a new password once. A new
 * password ends the person's other sessions (on every node: see {@link AttuneAuthenticationMechanism}), forgets their
 * known devices and clears the sign-in counts kept for the account.
 */
@ApplicationScoped
public class PasswordResetService {

    /** Why a new password was not accepted. */
    public enum Failure {
        LINK_NOT_VALID,
        PASSWORD_NOT_ACCEPTABLE
    }

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailService mail;

    @Inject
    private AuditLog audit;

    @Inject
    private PeopleService people;

    @Inject
    private SignInRecords signInRecords;

    @Inject
    private KnownDevices devices;

    @Inject
    private BaseUrl baseUrl;

    private final PasswordHasher hasher = new PasswordHasher();

    @Transactional
    public void requestReset(String email) {
        Optional<Person> person = people.findByEmail(email == null ? "" : email).filter(Person::active);
        if (person.isEmpty()) {
            audit.record(null, "PASSWORD_RESET_REQUESTED_UNKNOWN", PersonRules.normaliseEmail(email), null);
            return;
        }
        Instant now = clock.instant();
        String token = SetPasswordLinks.newToken();
        em.persist(new PasswordResetToken(person.get(), token, now));
        String link = SetPasswordLinks.link(baseUrl.value(), token);
        mail.send(
                person.get().email(),
                Texts.english("passwordReset.mail.subject"),
                Texts.english("passwordReset.mail.body", person.get().displayName(), link));
        audit.record(null, "PASSWORD_RESET_REQUESTED", "person:" + person.get().id(), null);
    }

    /**
     * A link with which a person created without a password (an imported trainee) chooses one, valid for
     * {@link PasswordResetToken#INVITATION_VALIDITY}; written in the caller's transaction, for the caller to mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String setPasswordLink(Person person) {
        String token = SetPasswordLinks.newToken();
        em.persist(new PasswordResetToken(person, token, clock.instant(), PasswordResetToken.INVITATION_VALIDITY));
        return SetPasswordLinks.link(baseUrl.value(), token);
    }

    /** Whether a link's token can still be used, for showing the form or a message straight away. */
    public boolean usable(String token) {
        return find(token, false).map(t -> t.usableAt(clock.instant())).orElse(false);
    }

    /** Sets a new password with a token; empty when it worked. */
    @Transactional
    public Optional<Failure> choosePassword(String token, String newPassword) {
        Instant now = clock.instant();
        Optional<PasswordResetToken> found = find(token, true).filter(t -> t.usableAt(now));
        if (found.isEmpty()) {
            return Optional.of(Failure.LINK_NOT_VALID);
        }
        Person person = found.get().person();
        if (PasswordPolicy.problemWith(newPassword, person.email()).isPresent()) {
            return Optional.of(Failure.PASSWORD_NOT_ACCEPTABLE);
        }
        found.get().use(now);
        person.choosePassword(hasher.hash(newPassword.toCharArray()), now);
        em.createQuery("update PasswordResetToken t set t.usedAt = :now where t.person = :p and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("p", person)
                .executeUpdate();
        signInRecords.forgetAccount(person.email());
        devices.revokeAll(person.id());
        audit.record(AuditActor.person(person.id()), "PASSWORD_RESET", "person:" + person.id(), null);
        return Optional.empty();
    }

    private Optional<PasswordResetToken> find(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var query = em.createQuery(
                        "select t from PasswordResetToken t where t.tokenHash = :hash", PasswordResetToken.class)
                .setParameter("hash", SetPasswordLinks.hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
