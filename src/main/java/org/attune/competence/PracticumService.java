package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.attune.account.Person;
import org.attune.audit.AuditLog;
import org.attune.catalog.SyllabusVersion;

/** The practicum log: trainees log the sessions they deliver; trainers of their organisation read them. */
@ApplicationScoped
public class PracticumService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private TraineeAccess access;

    /** Logs a session the trainee delivered. */
    @Transactional
    public PracticumSession log(Person trainee, PracticumEntry entry) {
        check(entry);
        PracticumSession session = new PracticumSession(trainee.id(), entry, clock.instant());
        em.persist(session);
        em.flush();
        audit.record(String.valueOf(trainee.id()), "PRACTICUM_SESSION_LOGGED", "person:" + trainee.id(),
                "programme " + entry.programme() + " session " + entry.sessionNumber() + " on " + entry.date());
        return session;
    }

    /** Corrects a session the trainee logged, as long as no trainer has observed it yet. */
    @Transactional
    public void correct(Person trainee, long sessionId, PracticumEntry entry) {
        PracticumSession session = em.find(PracticumSession.class, sessionId);
        if (session == null || session.getPersonId() != trainee.id()) {
            throw new SecurityException("Not your session");
        }
        if (isObserved(sessionId) && !session.onlyAddsFamilyCodes(entry)) {
            throw new InvalidEntryException("date", session.isUncoded()
                    ? FamilyCodes.text("practicum.observedAddCodesOnly")
                    : "A trainer has observed this session, so it can no longer be changed. Ask your trainer if"
                            + " something in it is wrong.");
        }
        check(entry);
        session.change(entry);
        audit.record(String.valueOf(trainee.id()), "PRACTICUM_SESSION_CORRECTED", "person:" + trainee.id(),
                "session id " + sessionId);
    }

    private void check(PracticumEntry entry) {
        Map<String, String> problems = entry.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    /** The trainee's own sessions, newest first. */
    public List<PracticumSession> sessionsOf(long personId) {
        return em.createQuery("select s from PracticumSession s where s.personId = :p order by s.date desc, s.id desc",
                PracticumSession.class).setParameter("p", personId).getResultList();
    }

    /** A trainee's sessions, for a trainer of their organisation. */
    public List<PracticumSession> sessionsOf(Person trainer, long traineeId) {
        access.trainee(trainer, traineeId);
        return sessionsOf(traineeId);
    }

    public Practicum practicum(long personId, SyllabusVersion syllabus) {
        return Practicum.of(syllabus.getPracticumSessions(), syllabus.getPracticumFamilies(),
                sessionsOf(personId).stream().map(PracticumSession::entry).toList());
    }

    /** The ids of the trainee's sessions that a trainer has observed. */
    public java.util.Set<Long> observedSessionIds(long personId) {
        return new java.util.HashSet<>(em.createQuery("select o.sessionId from Observation o where o.traineeId = :p",
                Long.class).setParameter("p", personId).getResultList());
    }

    boolean isObserved(long sessionId) {
        return !em.createQuery("select o.id from Observation o where o.sessionId = :s", Long.class)
                .setParameter("s", sessionId).getResultList().isEmpty();
    }
}
