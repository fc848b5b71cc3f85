package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.account.Person;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CompetenceDefinition;
import org.attune.catalog.CourseModule;
import org.attune.catalog.SyllabusVersion;
import org.attune.learning.LearningService;
import org.attune.organisation.CohortService;
import org.attune.platform.SpreadsheetCsv;
import org.attune.platform.Text;
import org.attune.platform.faces.Texts;
import org.attune.quiz.AttemptOutcome;
import org.attune.quiz.CourseStanding;
import org.attune.quiz.QuizService;

/**
 * The trainer's dashboard: every trainee of their organisation's cohorts with modules read, quizzes passed,
 * practicum sessions and competences, and who needs attention (a quiz failed twice, no activity for
 * {@value #QUIET_DAYS} days, a returned moderation).
 */
@ApplicationScoped
public class CohortProgressService {

    static final int QUIET_DAYS = 14;

    @Inject
    private Clock clock;

    @Inject
    private CohortService cohorts;

    @Inject
    private LearningService learning;

    @Inject
    private QuizService quizzes;

    @Inject
    private PracticumService practicum;

    @Inject
    private ObservationService observations;

    @Inject
    private SignOffService signOffs;

    @Inject
    private CatalogService catalog;

    @Inject
    private TraineeAccess access;

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    /**
     * The trainer's cohorts' trainees, by name, each with the cohorts they are in. A fixed number of queries however
     * many trainees (members, enrolments, sections read, attempts, practicum sessions and their families,
     * observations and their ratings, trainers' names, sign-offs): a cohort of 500 is one page, not 4,000 queries.
     * In one transaction, so that one persistence context holds what the queries read: a rating's observation is then
     * found there, not read again by its id.
     */
    @Transactional
    public List<TraineeProgress> progress(Person trainer) {
        Map<Long, CohortService.Member> trainees = new LinkedHashMap<>();
        Map<Long, List<String>> cohortNames = new HashMap<>();
        for (CohortService.Member member : cohorts.membersOf(cohorts.visibleTo(trainer))) {
            if (member.personId() == trainer.id()) {
                continue;
            }
            trainees.putIfAbsent(member.personId(), member);
            cohortNames
                    .computeIfAbsent(member.personId(), k -> new ArrayList<>())
                    .add(member.cohortName());
        }
        Set<Long> ids = trainees.keySet();
        Map<Long, LearningService.EnrolmentSummary> enrolments = learning.existingEnrolments(ids);
        List<Long> enrolmentIds = enrolments.values().stream()
                .map(LearningService.EnrolmentSummary::id)
                .toList();
        Optional<SyllabusVersion> live = ids.size() > enrolments.size() ? access.liveSyllabus() : Optional.empty();
        Map<Long, SyllabusVersion> versions = new HashMap<>();
        Map<Long, SyllabusVersion> syllabi = new HashMap<>();
        Map<Long, List<CompetenceDefinition>> frameworks = new HashMap<>();
        for (Long id : ids) {
            LearningService.EnrolmentSummary enrolment = enrolments.get(id);
            SyllabusVersion syllabus = enrolment == null
                    ? live.orElse(null)
                    : versions.computeIfAbsent(
                            enrolment.syllabusId(), v -> catalog.version(v).orElseThrow());
            syllabi.put(id, syllabus);
            frameworks.put(id, syllabus == null ? List.of() : syllabus.competences());
        }
        Activity activity = new Activity(
                learning.sectionsReadPerModule(enrolmentIds),
                quizzes.outcomesOf(enrolmentIds),
                practicum.deliveriesOf(ids),
                observations.records(frameworks),
                signOffs.latestOf(ids));
        List<TraineeProgress> rows = new ArrayList<>();
        for (CohortService.Member trainee : trainees.values()) {
            rows.add(progressOf(
                    trainee,
                    cohortNames.get(trainee.personId()),
                    enrolments.get(trainee.personId()),
                    syllabi.get(trainee.personId()),
                    activity));
        }
        rows.sort(Comparator.comparing(TraineeProgress::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** What the trainees have done, read for all of them at once, by enrolment or person id. */
    private record Activity(
            Map<Long, Map<Long, Integer>> sectionsRead,
            Map<Long, List<AttemptOutcome>> attempts,
            Map<Long, List<PracticumService.LoggedDelivery>> sessions,
            Map<Long, CompetenceRecord> records,
            Map<Long, SignOff> latestSignOffs) {}

    private TraineeProgress progressOf(
            CohortService.Member trainee,
            List<String> cohortNames,
            LearningService.EnrolmentSummary enrolment,
            SyllabusVersion syllabus,
            Activity activity) {
        List<CourseModule> modules = syllabus == null ? List.of() : syllabus.coreModules();
        int read = 0;
        int passed = 0;
        List<Text> attention = new ArrayList<>();
        Instant last = enrolment == null ? null : enrolment.lastActivityAt();
        if (enrolment != null) {
            List<AttemptOutcome> attempts = activity.attempts().getOrDefault(enrolment.id(), List.of());
            Set<String> passedKeys = attempts.stream()
                    .filter(AttemptOutcome::passed)
                    .map(AttemptOutcome::moduleKey)
                    .collect(Collectors.toSet());
            Map<Long, Integer> sectionsRead = activity.sectionsRead().getOrDefault(enrolment.id(), Map.of());
            CourseStanding standing = CourseStanding.of(
                    modules, m -> LearningService.progress(m, sectionsRead.getOrDefault(m.getId(), 0)), passedKeys);
            read = standing.modulesRead();
            passed = standing.quizzesPassed();
            Map<String, Integer> failures = new HashMap<>();
            for (AttemptOutcome attempt : attempts) {
                if (attempt.submittedAt() != null && !attempt.passed()) {
                    failures.merge(attempt.moduleKey(), 1, Integer::sum);
                }
                last = latest(last, attempt.submittedAt());
            }
            for (CourseModule module : modules) {
                if (failures.getOrDefault(module.getKey(), 0) >= 2 && !passedKeys.contains(module.getKey())) {
                    attention.add(
                            Text.of("progress.attention.failedQuiz", module.getTitle(), failures.get(module.getKey())));
                }
            }
        }
        List<PracticumService.LoggedDelivery> sessions =
                activity.sessions().getOrDefault(trainee.personId(), List.of());
        for (PracticumService.LoggedDelivery session : sessions) {
            last = latest(last, session.loggedAt());
        }
        Practicum target = syllabus == null
                ? Practicum.of(0, 0, List.of())
                : Practicum.of(syllabus.getPracticumSessions(), syllabus.getPracticumFamilies(), sessions);
        CompetenceRecord record = activity.records().get(trainee.personId());
        SignOff latestSignOff = activity.latestSignOffs().get(trainee.personId());
        String signOff = latestSignOff == null ? "" : latestSignOff.getState().name();
        if (latestSignOff != null && latestSignOff.getState() == SignOffState.RETURNED) {
            attention.add(Text.of("progress.attention.returned"));
        }
        Instant since = clock.instant().minus(Duration.ofDays(QUIET_DAYS));
        boolean signedOff = latestSignOff != null && latestSignOff.getState().inForce();
        if (!signedOff && (last == null || last.isBefore(since))) {
            attention.add(
                    last == null
                            ? Text.of("progress.attention.noActivity")
                            : Text.of("progress.attention.quiet", QUIET_DAYS));
        }
        return new TraineeProgress(
                trainee.personId(),
                trainee.displayName(),
                trainee.email(),
                List.copyOf(cohortNames),
                read,
                passed,
                modules.size(),
                target.sessionsDelivered(),
                target.targetSessions(),
                record.evidencedCount(),
                record.rows().size(),
                signOff,
                last,
                List.copyOf(attention));
    }

    /**
     * How many of these cohorts' trainees (not the trainer) need attention, by the rule of {@link #progress}: a
     * module's quiz failed twice and not passed, the latest sign-off returned by moderation, or (unless signed off) no
     * activity for {@value #QUIET_DAYS} days. One query, however many trainees the cohorts have.
     */
    public long countNeedingAttention(List<Long> cohortIds, long trainerId) {
        if (cohortIds.isEmpty()) {
            return 0;
        }
        String latest = "NOT EXISTS (SELECT 1 FROM sign_off s2 WHERE s2.trainee_id = s.trainee_id AND (s2.signed_at"
                + " > s.signed_at OR (s2.signed_at = s.signed_at AND s2.id > s.id)))";
        String inForce = String.join(
                ",",
                Stream.of(SignOffState.values())
                        .filter(SignOffState::inForce)
                        .map(state -> "'" + state.name() + "'")
                        .toList());
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT DISTINCT cm.person_id"
                + " AS pid FROM cohort_member cm WHERE cm.cohort_id IN (" + CompetenceTodos.marks(cohortIds.size())
                + ") AND cm.person_id <> ?) t WHERE"
                + " EXISTS (SELECT a.module_key FROM quiz_attempt a WHERE a.person_id = t.pid"
                + "   AND a.submitted_at IS NOT NULL AND (a.passed IS NULL OR a.passed = FALSE)"
                + "   AND a.module_key NOT IN (SELECT p.module_key FROM quiz_attempt p WHERE p.person_id = t.pid"
                + "     AND p.passed = TRUE)"
                + "   GROUP BY a.module_key HAVING COUNT(*) >= 2)"
                + " OR EXISTS (SELECT 1 FROM sign_off s WHERE s.trainee_id = t.pid AND s.state = '"
                + SignOffState.RETURNED.name() + "' AND " + latest + ")"
                + " OR (NOT EXISTS (SELECT 1 FROM sign_off s WHERE s.trainee_id = t.pid AND s.state IN (" + inForce
                + ") AND " + latest + ")"
                + "   AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = t.pid AND e.last_activity_at >= ?)"
                + "   AND NOT EXISTS (SELECT 1 FROM quiz_attempt q WHERE q.person_id = t.pid AND q.submitted_at >= ?)"
                + "   AND NOT EXISTS (SELECT 1 FROM practicum_session ps WHERE ps.person_id = t.pid"
                + "     AND ps.logged_at >= ?))");
        int position = 1;
        for (Long id : cohortIds) {
            query.setParameter(position++, id);
        }
        query.setParameter(position++, trainerId);
        Instant since = clock.instant().minus(Duration.ofDays(QUIET_DAYS));
        for (int i = 0; i < 3; i++) {
            query.setParameter(position++, Timestamp.from(since));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static Instant latest(Instant a, Instant b) {
        return Stream.of(a, b)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The rows as CSV, one line per trainee, with a header. */
    public static String csv(List<TraineeProgress> rows) {
        return SpreadsheetCsv.write(
                Stream.of(
                                "name",
                                "email",
                                "cohorts",
                                "modulesRead",
                                "quizzesPassed",
                                "modules",
                                "sessions",
                                "sessionsTarget",
                                "competent",
                                "competences",
                                "signOff",
                                "lastActivity",
                                "attention")
                        .map(c -> Texts.english("progress.csv." + c))
                        .toList(),
                rows,
                r -> new Object[] {
                    r.name(),
                    r.email(),
                    String.join("; ", r.cohorts()),
                    r.modulesRead(),
                    r.quizzesPassed(),
                    r.modules(),
                    r.sessionsDelivered(),
                    r.targetSessions(),
                    r.competent(),
                    r.competences(),
                    r.signOff(),
                    r.lastActivity(),
                    r.getAttentionText()
                });
    }
}
