package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.stream.Stream;
import org.attune.account.Person;
import org.attune.catalog.CourseModule;
import org.attune.catalog.SyllabusVersion;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.platform.SpreadsheetCsv;
import org.attune.organisation.Cohort;
import org.attune.organisation.CohortService;
import org.attune.platform.Text;
import org.attune.platform.faces.Texts;
import org.attune.quiz.CourseStanding;
import org.attune.quiz.QuizAttempt;
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
    private TraineeAccess access;

    /** The trainer's cohorts' trainees, by name, each with the cohorts they are in. */
    public List<TraineeProgress> progress(Person trainer) {
        Map<Long, Person> trainees = new LinkedHashMap<>();
        Map<Long, List<String>> cohortNames = new HashMap<>();
        for (Cohort cohort : cohorts.visibleTo(trainer)) {
            for (Person member : cohorts.members(cohort)) {
                if (member.id().equals(trainer.id())) {
                    continue;
                }
                trainees.putIfAbsent(member.id(), member);
                cohortNames.computeIfAbsent(member.id(), k -> new ArrayList<>()).add(cohort.getName());
            }
        }
        List<TraineeProgress> rows = new ArrayList<>();
        for (Person trainee : trainees.values()) {
            rows.add(progressOf(trainee, cohortNames.get(trainee.id())));
        }
        rows.sort(Comparator.comparing(TraineeProgress::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    private TraineeProgress progressOf(Person trainee, List<String> cohortNames) {
        Optional<Enrolment> enrolment = learning.existingEnrolment(trainee.id());
        SyllabusVersion syllabus = enrolment.map(Enrolment::getSyllabus)
                .or(() -> access.syllabusOf(trainee)).orElse(null);
        List<CourseModule> modules = syllabus == null ? List.of() : syllabus.coreModules();
        int read = 0;
        int passed = 0;
        List<Text> attention = new ArrayList<>();
        Instant last = enrolment.map(Enrolment::getLastActivityAt).orElse(null);
        if (enrolment.isPresent()) {
            CourseStanding standing = quizzes.standing(enrolment.get().getId(), modules);
            read = standing.modulesRead();
            passed = standing.quizzesPassed();
            Set<String> passedKeys = quizzes.passedModules(enrolment.get().getId());
            Map<String, Integer> failures = new HashMap<>();
            for (QuizAttempt attempt : quizzes.attemptsOf(enrolment.get().getId())) {
                if (attempt.getSubmittedAt() != null && !attempt.isPassed()) {
                    failures.merge(attempt.getModuleKey(), 1, Integer::sum);
                }
                last = latest(last, attempt.getSubmittedAt());
            }
            for (CourseModule module : modules) {
                if (failures.getOrDefault(module.getKey(), 0) >= 2 && !passedKeys.contains(module.getKey())) {
                    attention.add(Text.of("progress.attention.failedQuiz", module.getTitle(),
                            failures.get(module.getKey())));
                }
            }
        }
        List<PracticumSession> sessions = practicum.sessionsOf(trainee.id());
        for (PracticumSession session : sessions) {
            last = latest(last, session.getLoggedAt());
        }
        Practicum target = syllabus == null ? Practicum.of(0, 0, List.of())
                : Practicum.of(syllabus.getPracticumSessions(), syllabus.getPracticumFamilies(),
                        sessions.stream().map(PracticumSession::entry).toList());
        CompetenceRecord record = observations.record(trainee);
        List<SignOff> history = signOffs.historyOf(trainee.id());
        String signOff = history.isEmpty() ? "" : history.get(0).getState().name();
        if (!history.isEmpty() && history.get(0).getState() == SignOffState.RETURNED) {
            attention.add(Text.of("progress.attention.returned"));
        }
        Instant since = clock.instant().minus(Duration.ofDays(QUIET_DAYS));
        boolean signedOff = !history.isEmpty() && history.get(0).getState().inForce();
        if (!signedOff && (last == null || last.isBefore(since))) {
            attention.add(last == null ? Text.of("progress.attention.noActivity")
                    : Text.of("progress.attention.quiet", QUIET_DAYS));
        }
        return new TraineeProgress(trainee.id(), trainee.displayName(), trainee.email(), List.copyOf(cohortNames),
                read, passed, modules.size(), target.sessionsDelivered(), target.targetSessions(),
                record.evidencedCount(), record.rows().size(), signOff, last, List.copyOf(attention));
    }

    private static Instant latest(Instant a, Instant b) {
        return Stream.of(a, b).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The rows as CSV, one line per trainee, with a header. */
    public static String csv(List<TraineeProgress> rows) {
        return SpreadsheetCsv.write(Stream.of("name", "email", "cohorts", "modulesRead", "quizzesPassed", "modules",
                "sessions", "sessionsTarget", "competent", "competences", "signOff", "lastActivity", "attention")
                .map(c -> Texts.english("progress.csv." + c)).toList(), rows, r -> new Object[] {r.name(), r.email(),
                        String.join("; ", r.cohorts()), r.modulesRead(), r.quizzesPassed(), r.modules(),
                        r.sessionsDelivered(), r.targetSessions(), r.competent(), r.competences(), r.signOff(),
                        r.lastActivity(), r.getAttentionText()});
    }
}
