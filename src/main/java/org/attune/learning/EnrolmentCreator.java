package org.attune.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.attune.account.Person;
import org.attune.catalog.SyllabusVersion;

/**
 * Creates an enrolment in a transaction of its own, so that when two first requests of the same trainee race, the
 * loser's unique-constraint failure stays out of the caller's transaction and the caller simply reads the winner's.
 */
@ApplicationScoped
class EnrolmentCreator {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(long personId, long syllabusVersionId) {
        em.persist(new Enrolment(
                em.find(Person.class, personId), em.find(SyllabusVersion.class, syllabusVersionId), clock.instant()));
    }
}
