package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The competence feature's part of erasing a trainee: the evidence files about them are deleted and the free text
 * written by or about them (reflections, parents' feedback, trainers' comments and evidence notes) is emptied. What
 * was done (sessions, dates, ratings, sign-offs) stays, attached to the pseudonymised person, for the certificate
 * that may rest on it.
 */
@ApplicationScoped
public class TraineeRecordErasure {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    /** Returns how many evidence files were deleted; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(long traineeId) {
        List<Long> observations = em.createQuery("select o.id from Observation o where o.traineeId = :t", Long.class)
                .setParameter("t", traineeId)
                .getResultList();
        int files = 0;
        if (!observations.isEmpty()) {
            List<Long> evidence = em.createQuery(
                            "select f.id from EvidenceFile f where f.observationId in :o", Long.class)
                    .setParameter("o", observations)
                    .getResultList();
            if (!evidence.isEmpty()) {
                em.createQuery("delete from EvidenceContent c where c.evidenceId in :e")
                        .setParameter("e", evidence)
                        .executeUpdate();
                files = em.createQuery("delete from EvidenceFile f where f.id in :e")
                        .setParameter("e", evidence)
                        .executeUpdate();
            }
            em.createQuery("update CompetenceRating r set r.evidence = null where r.observation.id in :o")
                    .setParameter("o", observations)
                    .executeUpdate();
            em.createQuery("update Observation o set o.overallComment = '' where o.id in :o")
                    .setParameter("o", observations)
                    .executeUpdate();
        }
        em.createQuery("update PracticumSession s set s.reflection = '', s.parentFeedback = '' where s.personId = :t")
                .setParameter("t", traineeId)
                .executeUpdate();
        return files;
    }
}
