package org.attune.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.platform.Failure;
import org.attune.platform.Secrets;

/**
 * API tokens of employer organisations, for bulk verification by other systems: 256 random bits, shown once,
 * stored as a SHA-256 only, revocable. Managers see and manage only their own employer's tokens.
 */
@ApplicationScoped
public class ApiTokenService {

    static final String PREFIX = "att_";

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private WorkforceService workforce;

    /** A new token for the manager's employer; the returned text is the only time the token is shown. */
    @Transactional
    public String create(Person manager, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new Failure.Invalid("name", "apiTokens.nameNeeded");
        }
        String token = PREFIX + Secrets.randomToken();
        store(workforce.employerOf(manager).getId(), label, token, manager.id());
        return token;
    }

    /** Records a token whose text the caller chose (the run mode's demo token, printed on every start). */
    @Transactional
    public void createKnown(Person manager, String name, String token) {
        long employer = workforce.employerOf(manager).getId();
        if (find(token).isEmpty()) {
            store(employer, name, token, manager.id());
        }
    }

    private void store(long employer, String name, String token, long by) {
        em.persist(new ApiToken(
                employer, name, hash(token), token.substring(0, Math.min(12, token.length())), by, clock.instant()));
        audit.record(AuditActor.person(by), "API_TOKEN_CREATED", "organisation:" + employer, name);
    }

    public List<ApiToken> tokens(Person manager) {
        return em.createQuery(
                        "select t from ApiToken t where t.employerId = :e order by t.createdAt desc", ApiToken.class)
                .setParameter("e", workforce.employerOf(manager).getId())
                .getResultList();
    }

    @Transactional
    public void revoke(Person manager, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null
                || token.getEmployerId() != workforce.employerOf(manager).getId()) {
            throw new SecurityException("Not your organisation's token");
        }
        token.revoke(clock.instant());
        audit.record(
                AuditActor.person(manager.id()),
                "API_TOKEN_REVOKED",
                "organisation:" + token.getEmployerId(),
                token.getName());
    }

    /** The employer a presented bearer token belongs to, if it is a live token; notes when it was last used. */
    @Transactional
    public Optional<Long> authenticate(String token) {
        Optional<ApiToken> found = find(token).filter(ApiToken::isActive);
        found.ifPresent(t -> em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                .setParameter("now", clock.instant())
                .setParameter("id", t.getId())
                .executeUpdate());
        return found.map(ApiToken::getEmployerId);
    }

    private Optional<ApiToken> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return em
                .createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", hash(token))
                .getResultList()
                .stream()
                .findFirst();
    }

    static String hash(String token) {
        return Secrets.sha256Hex(token);
    }
}
