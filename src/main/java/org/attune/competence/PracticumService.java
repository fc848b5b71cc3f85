package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attune.account.Person;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.catalog.SyllabusVersion;
import org.attune.platform.Failure;
import org.attune.platform.Text;

/** The practicum log: trainees log the sessions they deliver; trainers of their organisation read them. */
@ApplicationScoped
public class PracticumService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private TraineeAccess access;

    /**
     * Logs a session the trainee delivered. A session with the programme and session number of one already logged
     * is refused (a repeated form post, or a slip that a correction should fix), naming the one logged.
     */
    @Transactional
    public PracticumSession log(Person trainee, PracticumEntry entry) {
        check(entry);
        refuseDuplicate(trainee.id(), entry, null);
        PracticumSession session = new PracticumSession(trainee.id(), entry, clock.instant());
        em.persist(session);
        em.flush();
        audit.record(
                AuditActor.person(trainee.id()),
                "PRACTICUM_SESSION_LOGGED",
                "person:" + trainee.id(),
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
            throw new Failure.Invalid(
                    "date", session.isUncoded() ? "practicum.observedAddCodesOnly" : "practicum.observedNoChange");
        }
        check(entry);
        if (session.getProgramme() != entry.programme() || session.getSessionNumber() != entry.sessionNumber()) {
            refuseDuplicate(trainee.id(), entry, sessionId);
        }
        session.change(entry);
        audit.record(
                AuditActor.person(trainee.id()),
                "PRACTICUM_SESSION_CORRECTED",
                "person:" + trainee.id(),
                "session id " + sessionId);
    }

    /**
     * Deletes a session the trainee logged by mistake, as long as no trainer has observed it.
     *
     * @return the deleted session's entry, to confirm what went
     * @throws Failure.Invalid when a trainer has observed it; nothing changes
     */
    @Transactional
    public PracticumEntry delete(Person trainee, long sessionId) {
        PracticumSession session = em.find(PracticumSession.class, sessionId);
        if (session == null || session.getPersonId() != trainee.id()) {
            throw new SecurityException("Not your session");
        }
        if (isObserved(sessionId)) {
            throw new Failure.Invalid("session", "practicum.delete.observed");
        }
        PracticumEntry entry = session.entry();
        em.remove(session);
        audit.record(
                AuditActor.person(trainee.id()),
                "PRACTICUM_SESSION_DELETED",
                "person:" + trainee.id(),
                "session id " + sessionId + ", programme " + entry.programme() + " session " + entry.sessionNumber());
        return entry;
    }

    private void refuseDuplicate(long personId, PracticumEntry entry, Long except) {
        List<PracticumSession> same = em.createQuery(
                        "select s from PracticumSession s where s.personId = :p"
                                + " and s.programme = :programme and s.sessionNumber = :number",
                        PracticumSession.class)
                .setParameter("p", personId)
                .setParameter("programme", entry.programme())
                .setParameter("number", entry.sessionNumber())
                .getResultList();
        same.stream().filter(s -> !s.getId().equals(except)).findFirst().ifPresent(s -> {
            throw new Failure.Invalid(
                    "sessionNumber",
                    "practicum.duplicate",
                    entry.sessionNumber(),
                    entry.programme(),
                    DAY.format(s.getDate()));
        });
    }

    private void check(PracticumEntry entry) {
        Map<String, Text> problems = entry.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new Failure.Invalid(problems);
        }
    }

    /** The trainee's own sessions, newest first. */
    public List<PracticumSession> sessionsOf(long personId) {
        return em.createQuery(
                        "select s from PracticumSession s where s.personId = :p order by s.date desc, s.id desc",
                        PracticumSession.class)
                .setParameter("p", personId)
                .getResultList();
    }

    /** A logged session as the trainer's dashboard counts it: what {@link Practicum} needs and when it was logged. */
    public record LoggedDelivery(int programme, int sessionNumber, List<String> familyCodes, Instant loggedAt)
            implements Practicum.Delivered {}

    /**
     * The sessions of each of these people as the dashboard counts them, by person id: one query for the sessions
     * and one for their family codes, however many people. Columns, not entities: a cohort of 500 logs about 1,250
     * sessions with 2,500 codes, and building them as entities was a fifth of the dashboard's CPU (JFR, 2026-12-02).
     */
    public Map<Long, List<LoggedDelivery>> deliveriesOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        List<Long> people = List.copyOf(personIds);
        Map<Long, List<String>> codes = new HashMap<>();
        em.createQuery(
                        "select s.id, f from PracticumSession s join s.familyCodes f where s.personId in :p",
                        Object[].class)
                .setParameter("p", people)
                .getResultList()
                .forEach(r -> codes.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add((String) r[1]));
        Map<Long, List<LoggedDelivery>> sessions = new HashMap<>();
        em.createQuery(
                        "select s.id, s.personId, s.programme, s.sessionNumber, s.loggedAt from PracticumSession s"
                                + " where s.personId in :p",
                        Object[].class)
                .setParameter("p", people)
                .getResultList()
                .forEach(r -> sessions.computeIfAbsent((Long) r[1], k -> new ArrayList<>())
                        .add(new LoggedDelivery(
                                (Integer) r[2],
                                (Integer) r[3],
                                List.copyOf(codes.getOrDefault((Long) r[0], List.of())),
                                (Instant) r[4])));
        return sessions;
    }

    /** A trainee's sessions, for a trainer of their organisation. */
    public List<PracticumSession> sessionsOf(Person trainer, long traineeId) {
        access.trainee(trainer, traineeId);
        return sessionsOf(traineeId);
    }

    public Practicum practicum(long personId, SyllabusVersion syllabus) {
        return Practicum.of(
                syllabus.getPracticumSessions(),
                syllabus.getPracticumFamilies(),
                sessionsOf(personId).stream().map(PracticumSession::entry).toList());
    }

    /** The ids of the trainee's sessions that a trainer has observed. */
    public Set<Long> observedSessionIds(long personId) {
        return new HashSet<>(em.createQuery("select o.sessionId from Observation o where o.traineeId = :p", Long.class)
                .setParameter("p", personId)
                .getResultList());
    }

    boolean isObserved(long sessionId) {
        return !em.createQuery("select o.id from Observation o where o.sessionId = :s", Long.class)
                .setParameter("s", sessionId)
                .getResultList()
                .isEmpty();
    }
}
