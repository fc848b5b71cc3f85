package org.attune.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.platform.web.RequestClient;

/** Writes to and reads from the append-only audit log. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Instance<RequestClient> client;

    /** Records an event now; joins the caller's transaction so that the event and the change commit together. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEvent record(String actor, String action, String subject, String detail) {
        AuditEvent event = new AuditEvent(clock.instant(), actor, action, subject, detail).from(clientAddress());
        em.persist(event);
        return event;
    }

    private String clientAddress() {
        try {
            return client.get().address();
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }

    /**
     * Events matching every given filter (null or blank filters are ignored), newest first, at most {@code max}.
     *
     * @param action exact action, e.g. {@code SIGN_IN_FAILED}
     * @param text found in the actor or the subject
     * @param from earliest time, inclusive
     * @param until latest time, exclusive
     */
    public List<AuditEvent> search(String action, String text, Instant from, Instant until, int max) {
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (action != null && !action.isBlank()) {
            jpql.append(" and e.action = :action");
            parameters.put("action", action.strip());
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and (lower(e.actor) like :text or lower(e.subject) like :text)");
            parameters.put("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (from != null) {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", from);
        }
        if (until != null) {
            jpql.append(" and e.occurredAt < :until");
            parameters.put("until", until);
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        var query = em.createQuery(jpql.toString(), AuditEvent.class).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The distinct actions recorded so far, for a filter menu. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    public AuditEvent find(long id) {
        return em.find(AuditEvent.class, id);
    }

    /**
     * Erasure keeps the audit log's events but not the person's e-mail address: wherever it stands as the actor or
     * the subject (sign-in events name the address typed) it is replaced by the pseudonym. The only change ever made
     * to a recorded event; in the caller's transaction. Returns how many events changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int pseudonymise(String email, String pseudonym) {
        int actors = em.createNativeQuery("UPDATE audit_event SET actor = ? WHERE actor = ?")
                .setParameter(1, pseudonym)
                .setParameter(2, email)
                .executeUpdate();
        int subjects = em.createNativeQuery("UPDATE audit_event SET subject = ? WHERE subject = ?")
                .setParameter(1, pseudonym)
                .setParameter(2, email)
                .executeUpdate();
        return actors + subjects;
    }
}
