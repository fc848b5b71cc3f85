package org.attune.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Writes to and reads from the append-only audit log. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Records an event now; joins the caller's transaction so that the event and the change commit together. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEvent record(String actor, String action, String subject, String detail) {
        AuditEvent event = new AuditEvent(clock.instant(), actor, action, subject, detail);
        em.persist(event);
        return event;
    }

    /** The newest events first, optionally only those of one action. */
    public List<AuditEvent> newest(String action, int max) {
        String jpql = action == null
                ? "select e from AuditEvent e order by e.occurredAt desc, e.id desc"
                : "select e from AuditEvent e where e.action = :action order by e.occurredAt desc, e.id desc";
        var query = em.createQuery(jpql, AuditEvent.class).setMaxResults(max);
        if (action != null) {
            query.setParameter("action", action);
        }
        return query.getResultList();
    }

    public AuditEvent find(long id) {
        return em.find(AuditEvent.class, id);
    }
}
