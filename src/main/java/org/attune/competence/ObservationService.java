package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.catalog.CompetenceDefinition;
import org.attune.catalog.EvidenceMethod;
import org.attune.catalog.SyllabusVersion;
import org.attune.platform.Failure;
import org.attune.platform.PeopleNames;
import org.attune.platform.Text;
import org.attune.platform.faces.Texts;
import org.attune.platform.upload.CheckedUpload;
import org.attune.platform.upload.Download;
import org.attune.platform.upload.StoredFile;

/**
 * Trainers' observations of practicum sessions, rated against the competence framework of the trainee's
 * syllabus, with evidence files; and the competence record built from them.
 */
@ApplicationScoped
public class ObservationService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    /** By the date observed, then the order they were made, newest first. */
    private static final Comparator<Observation> NEWEST_FIRST = Comparator.comparing(Observation::getObservedOn)
            .thenComparing(Observation::getId)
            .reversed();

    @Inject
    private PeopleNames peopleNames;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private TraineeAccess access;

    @Inject
    private PeopleService people;

    /**
     * A file the trainer chose to upload with an observation, with what they said about it: whether the image shows
     * people and, if so, whether they have the written consent of each person shown.
     */
    public record Upload(String fileName, InputStream content, boolean showsPeople, boolean consented) {

        /** A file said to show nobody (a document, or a test that does not care). */
        public Upload(String fileName, InputStream content) {
            this(fileName, content, false, false);
        }
    }

    /**
     * A session a trainer may observe, with the observation if there is one; {@code locked} while the trainee's
     * sign-off is in force (see {@link ObservationLockedException}).
     */
    public record Observed(
            PracticumSession session,
            Person trainee,
            Optional<Observation> observation,
            List<EvidenceFile> files,
            boolean locked) {}

    /** A session of a trainee of the trainer's organisation; SecurityException otherwise. */
    public Observed session(Person trainer, long sessionId) {
        PracticumSession session = em.find(PracticumSession.class, sessionId);
        if (session == null) {
            throw new SecurityException("No such session");
        }
        Person trainee = access.trainee(trainer, session.getPersonId());
        Optional<Observation> observation = observationOf(sessionId);
        return new Observed(
                session,
                trainee,
                observation,
                observation.map(o -> filesOf(List.of(o.getId()))).orElse(List.of()),
                SignOff.inForce(em, trainee.id()).isPresent());
    }

    private Optional<Observation> observationOf(long sessionId) {
        return em.createQuery("select o from Observation o where o.sessionId = :s", Observation.class)
                .setParameter("s", sessionId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Saves the trainer's observation of a session, and an evidence file if one is given (checked first: a bad
     * file saves nothing). {@code expectedVersion} is the version the trainer opened (null for a new observation);
     * if someone saved in between, nothing is saved and {@link ObservationConflictException} says so. While the
     * trainee's sign-off is in force nothing is saved ({@link ObservationLockedException}); a sign-off being saved
     * at the same moment is waited for ({@link PracticeLock}).
     */
    @Transactional
    public Observation save(Person trainer, long sessionId, Long expectedVersion, ObservationForm form, Upload upload) {
        if (PracticeLock.traineeOfSession(em, sessionId).isEmpty()) { // first: waits for a sign-off being saved
            throw new SecurityException("No such session");
        }
        PracticumSession session = em.find(PracticumSession.class, sessionId); // there: its row is locked
        Person trainee = access.trainee(trainer, session.getPersonId());
        if (SignOff.inForce(em, trainee.id()).isPresent()) {
            throw new ObservationLockedException();
        }
        SyllabusVersion syllabus =
                access.syllabusOf(trainee).orElseThrow(() -> new Failure.Conflict("course.notImported"));
        List<String> keys = syllabus.competences().stream()
                .map(CompetenceDefinition::getKey)
                .toList();
        Map<String, EvidenceMethod> methods = new HashMap<>();
        syllabus.competences().forEach(c -> methods.put(c.getKey(), c.getEvidenceMethod()));
        Map<String, Text> problems = form.problems(keys, session.getDate(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new Failure.Invalid(problems);
        }
        CheckedUpload file = upload == null ? null : check(upload);
        Observation observation = observationOf(sessionId).orElse(null);
        if (observation == null
                ? expectedVersion != null
                : !Long.valueOf(observation.getVersion()).equals(expectedVersion)) {
            throw new ObservationConflictException(
                    observation == null ? Text.of("observation.someone") : nameOf(observation.getSavedBy()));
        }
        boolean created = observation == null;
        if (created) {
            observation = new Observation(session, trainer.id());
            observation.record(form, trainer.id(), clock.instant(), methods);
            em.persist(observation);
        } else {
            em.lock(observation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            observation.record(form, trainer.id(), clock.instant(), methods);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ObservationConflictException(Text.of("observation.anotherTrainer"));
        } catch (PersistenceException e) {
            if (created && observationOf(sessionId).isPresent()) {
                throw new ObservationConflictException(Text.of("observation.anotherTrainer"));
            }
            throw e;
        }
        if (file != null) {
            store(observation.getId(), file, trainer, file.type().isImage() && upload.showsPeople());
        }
        audit.record(
                AuditActor.person(trainer.id()),
                created ? "OBSERVATION_RECORDED" : "OBSERVATION_CHANGED",
                "person:" + trainee.id(),
                "session " + sessionId + ": " + summary(observation));
        return observation;
    }

    private static String summary(Observation observation) {
        Map<Rating, Long> counts = new HashMap<>();
        observation.getRatings().forEach(r -> counts.merge(r.getRating(), 1L, Long::sum));
        return counts.getOrDefault(Rating.COMPETENT, 0L) + " competent, "
                + counts.getOrDefault(Rating.NOT_YET_COMPETENT, 0L) + " not yet competent, "
                + counts.getOrDefault(Rating.NOT_OBSERVED, 0L) + " not observed";
    }

    /**
     * Reads and checks an upload (see {@link CheckedUpload}); a refused file is a problem of the "file" field, an
     * image said to show people without their written consent confirmed a problem of the "consent" field.
     */
    static CheckedUpload check(Upload upload) {
        CheckedUpload file;
        try {
            file = CheckedUpload.read(upload.fileName(), upload.content());
        } catch (CheckedUpload.RejectedException e) {
            throw new Failure.Invalid(Map.of("file", e.text()));
        }
        if (file.type().isImage() && upload.showsPeople() && !upload.consented()) {
            throw new Failure.Invalid("consent", "evidence.consent.required");
        }
        return file;
    }

    private void store(long observationId, CheckedUpload file, Person trainer, boolean showsPeople) {
        EvidenceFile evidence = new EvidenceFile(observationId, StoredFile.of(file, clock.instant()), trainer.id());
        em.persist(evidence);
        em.flush();
        em.persist(new EvidenceContent(evidence.getId(), file.content()));
        audit.record(
                AuditActor.person(trainer.id()),
                "EVIDENCE_UPLOADED",
                "observation:" + observationId,
                file.name() + " sha256 " + file.sha256()
                        + (showsPeople ? "; shows people, written consent confirmed" : ""));
    }

    /** An evidence file and its bytes, if the viewer is the trainee or one of their organisation's trainers. */
    public Optional<Download> download(Person viewer, long evidenceId) {
        EvidenceFile file = em.find(EvidenceFile.class, evidenceId);
        if (file == null) {
            return Optional.empty();
        }
        Observation observation = em.find(Observation.class, file.getObservationId());
        if (!access.maySee(viewer, observation.getTraineeId())) {
            return Optional.empty();
        }
        return Optional.of(new Download(
                file.getFile(), em.find(EvidenceContent.class, evidenceId).content()));
    }

    /** The trainee's competence record, for the trainee or a trainer of their organisation. */
    public CompetenceRecord record(Person viewer, Person trainee) {
        if (!access.maySee(viewer, trainee.id())) {
            throw new SecurityException("Not your trainee");
        }
        return record(trainee);
    }

    CompetenceRecord record(Person trainee) {
        List<CompetenceDefinition> framework =
                access.syllabusOf(trainee).map(SyllabusVersion::competences).orElse(List.of());
        return records(Map.of(trainee.id(), framework)).get(trainee.id());
    }

    /**
     * The competence records of many trainees, each against its own framework (by trainee id): one query for the
     * ratings given (with their observations' columns) and one for the trainers' names, however many trainees. The
     * ratings come back as columns, not entities: a cohort of 500 has about 3,000, and building them as entities was
     * a third of the trainer dashboard's CPU (JFR, 2026-12-02).
     */
    public Map<Long, CompetenceRecord> records(Map<Long, List<CompetenceDefinition>> frameworks) {
        Map<Long, List<GivenRating>> given = new HashMap<>();
        if (!frameworks.isEmpty()) {
            em.createQuery(
                            "select o.traineeId, o.observedOn, o.trainerId, o.sessionId, r.competenceKey, r.rating,"
                                    + " r.evidence, r.method from CompetenceRating r join r.observation o"
                                    + " where o.traineeId in :t and r.rating in :given"
                                    + " order by o.observedOn desc, o.id desc",
                            Object[].class)
                    .setParameter("t", List.copyOf(frameworks.keySet()))
                    .setParameter("given", Rating.given())
                    .getResultList()
                    .forEach(r -> given.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(new GivenRating(
                                    (LocalDate) r[1],
                                    (Long) r[2],
                                    (Long) r[3],
                                    (String) r[4],
                                    (Rating) r[5],
                                    (String) r[6],
                                    (EvidenceMethod) r[7])));
        }
        Map<Long, String> names = peopleNames.namesOf(given.values().stream()
                .flatMap(List::stream)
                .map(GivenRating::trainerId)
                .collect(Collectors.toSet()));
        Map<Long, CompetenceRecord> records = new HashMap<>();
        frameworks.forEach((trainee, framework) -> records.put(
                trainee,
                recordOf(
                        framework,
                        given.getOrDefault(trainee, List.of()),
                        id -> names.getOrDefault(id, Texts.get("observation.formerTrainer")))));
        return records;
    }

    /** A rating given (not "not observed") in an observation, with the observation's columns the record shows. */
    private record GivenRating(
            LocalDate observedOn,
            long trainerId,
            long sessionId,
            String competenceKey,
            Rating rating,
            String evidence,
            EvidenceMethod method) {}

    /** {@code given} newest observation first; each competence's history keeps that order. */
    private static CompetenceRecord recordOf(
            List<CompetenceDefinition> framework, List<GivenRating> given, LongFunction<String> trainerName) {
        Map<String, List<CompetenceRecord.Entry>> histories = new HashMap<>();
        for (GivenRating r : given) {
            histories
                    .computeIfAbsent(r.competenceKey(), k -> new ArrayList<>())
                    .add(new CompetenceRecord.Entry(
                            r.observedOn(),
                            r.rating(),
                            r.evidence(),
                            trainerName.apply(r.trainerId()),
                            r.sessionId(),
                            r.method()));
        }
        List<CompetenceRecord.Row> rows = new ArrayList<>();
        for (CompetenceDefinition c : framework) {
            rows.add(new CompetenceRecord.Row(
                    c.getKey(),
                    c.getTitle(),
                    c.getCompetent(),
                    c.getNotYetCompetent(),
                    c.getEvidenceMethod(),
                    histories.getOrDefault(c.getKey(), List.of())));
        }
        return new CompetenceRecord(rows);
    }

    /** The trainee's observations, newest first (by the date observed, then the order they were made). */
    public List<Observation> observationsOf(long traineeId) {
        List<Observation> observations =
                new ArrayList<>(em.createQuery("select o from Observation o where o.traineeId = :t", Observation.class)
                        .setParameter("t", traineeId)
                        .getResultList());
        observations.sort(NEWEST_FIRST);
        return observations;
    }

    /** The evidence files of the given observations, oldest first. */
    public List<EvidenceFile> filesOf(List<Long> observationIds) {
        if (observationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select f from EvidenceFile f where f.observationId in :ids order by f.id", EvidenceFile.class)
                .setParameter("ids", observationIds)
                .getResultList();
    }

    public String nameOf(long personId) {
        return people.find(personId).map(Person::displayName).orElse(Texts.get("observation.formerTrainer"));
    }
}
