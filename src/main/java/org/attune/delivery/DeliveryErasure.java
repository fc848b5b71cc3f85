package org.attune.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What erasing a facilitator does to their delivery record: parents' comments on their classes are deleted (free
 * text may name them); programmes, sessions and the anonymous answers stay, as figures about no one once the
 * person's name is gone.
 */
@ApplicationScoped
public class DeliveryErasure {

    @PersistenceContext
    private EntityManager em;

    /** Empties the comments on the person's sessions, in the caller's transaction; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(long personId) {
        return em.createNativeQuery("UPDATE delivery_response SET comment = NULL WHERE comment IS NOT NULL AND"
                        + " session_id IN (SELECT s.id FROM delivery_session s JOIN delivery_programme p"
                        + " ON p.id = s.programme_id WHERE p.person_id = ?1)")
                .setParameter(1, personId)
                .executeUpdate();
    }
}
