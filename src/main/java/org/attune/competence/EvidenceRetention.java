package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Deletes evidence files once the sign-off they supported has stood long enough (the retention schedule says how
 * long; the retention job asks). Only a sign-off that stands ({@link SignOffState#SIGNED_OFF}) counts, from when it
 * took effect: its moderation if it was sampled, otherwise its signing. The file's description and bytes both go.
 */
@ApplicationScoped
public class EvidenceRetention {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    /** The trainees who have evidence files and a standing sign-off that took effect before {@code cutoff}. */
    public List<Long> traineesDue(Instant cutoff) {
        return em.createQuery(
                        "select distinct o.traineeId from Observation o, EvidenceFile f, SignOff s"
                                + " where f.observationId = o.id and s.traineeId = o.traineeId and s.activeTraineeId = o.traineeId"
                                + " and s.state = :standing and coalesce(s.moderatedAt, s.signedAt) < :cutoff",
                        Long.class)
                .setParameter("standing", SignOffState.SIGNED_OFF)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    /**
     * Deletes the trainee's evidence files uploaded before their standing sign-off took effect, if it took effect
     * before {@code cutoff} (checked again under the trainee's practice lock, so a sign-off reopened meanwhile keeps
     * its evidence); returns how many files went.
     */
    @Transactional
    public int deleteFor(long traineeId, Instant cutoff) {
        PracticeLock.trainee(em, traineeId);
        Optional<Instant> effective = SignOff.inForce(em, traineeId)
                .filter(s -> s.getState() == SignOffState.SIGNED_OFF)
                .map(s -> s.getModeratedAt() == null ? s.getSignedAt() : s.getModeratedAt())
                .filter(at -> at.isBefore(cutoff));
        if (effective.isEmpty()) {
            return 0;
        }
        List<Long> files = em.createQuery(
                        "select f.id from EvidenceFile f, Observation o where f.observationId = o.id"
                                + " and o.traineeId = :t and f.file.uploadedAt <= :effective",
                        Long.class)
                .setParameter("t", traineeId)
                .setParameter("effective", effective.get())
                .getResultList();
        if (files.isEmpty()) {
            return 0;
        }
        em.createQuery("delete from EvidenceContent c where c.evidenceId in :ids")
                .setParameter("ids", files)
                .executeUpdate();
        return em.createQuery("delete from EvidenceFile f where f.id in :ids")
                .setParameter("ids", files)
                .executeUpdate();
    }
}
