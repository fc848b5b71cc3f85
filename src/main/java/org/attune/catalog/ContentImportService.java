package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.attune.audit.AuditLog;
import org.attune.content.ContentProblem;
import org.attune.content.ContentReader;
import org.attune.content.ContentReport;
import org.attune.content.CourseContent;
import org.attune.content.ModuleContent;
import org.attune.content.ModulePages;
import org.attune.content.QuizContent;
import org.attune.content.Reference;
import org.attune.platform.cluster.ClusterLeases;
import org.attune.platform.faces.Texts;

/**
 * Imports the content tree as new syllabus versions, in one transaction: a tree with any problem imports nothing and
 * the last good version stays live; unchanged content (same content hash) creates no new version.
 */
@ApplicationScoped
public class ContentImportService {

    private static final Logger LOG = Logger.getLogger(ContentImportService.class.getName());
    /** Learning pages link modules as {@code module?key=<id>}; media are served under {@code /course-media/}. */
    static final String MODULE_PAGE = "module?key=";

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private ClusterLeases leases;

    /** What an import did, for the caller to show. */
    public record Result(
            ContentImport.Outcome outcome, List<String> versions, List<ContentProblem> problems, long durationMs) {}

    /**
     * Imports the tree in one transaction. Nodes that import at the same time (a cluster starting together) take
     * turns: each holds the import lease for its transaction, so the second finds the first one's version and
     * imports nothing.
     */
    @Transactional
    public Result importFrom(Path root, String requestedBy) {
        leases.holdForTransaction(ClusterLeases.CONTENT_IMPORT);
        long started = System.nanoTime();
        ContentReport report = ContentReader.read(root);
        if (!report.clean()) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            String problems =
                    report.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
            em.persist(new ContentImport(
                    requestedBy, clock.instant(), ContentImport.Outcome.REJECTED, null, ms, problems));
            audit.record(
                    requestedBy,
                    "CONTENT_REJECTED",
                    root.toString(),
                    report.problems().size() + " problem(s)");
            LOG.warning(() ->
                    "Content in " + root + " was not imported; the live version is unchanged. Problems:\n" + problems);
            return new Result(ContentImport.Outcome.REJECTED, List.of(), report.problems(), ms);
        }
        List<String> imported = new ArrayList<>();
        Long lastVersionId = null;
        for (CourseContent course : report.courses()) {
            if (existing(course).isPresent()) {
                continue;
            }
            SyllabusVersion version = build(course, clock.instant());
            em.persist(version);
            em.flush();
            lastVersionId = version.getId();
            imported.add(course.code() + " " + course.versionLabel());
            audit.record(
                    requestedBy,
                    "CONTENT_IMPORTED",
                    "syllabus:" + version.getId(),
                    course.code() + " " + course.versionLabel() + " " + course.contentHash());
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        ContentImport.Outcome outcome =
                imported.isEmpty() ? ContentImport.Outcome.UNCHANGED : ContentImport.Outcome.IMPORTED;
        em.persist(new ContentImport(requestedBy, clock.instant(), outcome, lastVersionId, ms, null));
        LOG.info(() -> "Content import: " + outcome + (imported.isEmpty() ? "" : " " + imported) + " in " + ms + " ms");
        return new Result(outcome, List.copyOf(imported), List.of(), ms);
    }

    private Optional<SyllabusVersion> existing(CourseContent course) {
        return em.createQuery(
                        "select v from SyllabusVersion v where v.courseCode = :code and v.contentHash = :hash",
                        SyllabusVersion.class)
                .setParameter("code", course.code())
                .setParameter("hash", course.contentHash())
                .getResultStream()
                .findFirst();
    }

    private static SyllabusVersion build(CourseContent course, Instant now) {
        SyllabusVersion version = new SyllabusVersion(
                course.code(),
                course.title(),
                course.description(),
                course.versionLabel(),
                course.contentHash(),
                course.validityMonths(),
                course.practicum().sessions(),
                course.practicum().families(),
                course.renewalPracticumMonths(),
                now);
        version.setQualification(course.qualification());
        Map<String, String> idsByFile = new HashMap<>();
        course.modules().forEach(m -> idsByFile.put(m.fileName(), m.id()));
        Map<String, QuizContent> quizzes =
                course.quizzes().stream().collect(Collectors.toMap(QuizContent::moduleId, q -> q));
        int position = 0;
        try (Jsonb json = JsonbBuilder.create()) {
            for (ModuleContent content : course.modules()) {
                ModulePages.Rendered pages = ModulePages.render(
                        content.markdown(),
                        content.references(),
                        n -> Texts.get("module.reference", n),
                        idsByFile,
                        MODULE_PAGE,
                        "/course-media/" + course.code() + "/");
                CourseModule module = new CourseModule(
                        version,
                        content.id(),
                        position++,
                        content.id().equals(course.refresherModule()),
                        content.title(),
                        content.minutes(),
                        content.outcomes(),
                        content.references().stream().map(Reference::storedLine).toList(),
                        pages.introductionHtml());
                module.setActivities(content.activities());
                int sectionPosition = 0;
                for (ModulePages.Section section : pages.sections()) {
                    module.add(new ModuleSection(
                            module, section.anchor(), section.title(), sectionPosition++, section.html()));
                }
                QuizContent quiz = quizzes.get(content.id());
                module.setQuiz(new QuizDefinition(
                        module,
                        quiz.draw(),
                        quiz.passMark(),
                        quiz.attempts(),
                        quiz.coolDownMinutes(),
                        quiz.timeLimitMinutes(),
                        quiz.shuffleOptions(),
                        quiz.partialCredit(),
                        quiz.questions().size(),
                        json.toJson(quiz.questions())));
                version.add(module);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not serialise a question bank", e);
        }
        int competencePosition = 0;
        for (CourseContent.Competence c : course.competences()) {
            version.add(new CompetenceDefinition(
                    version,
                    c.id(),
                    competencePosition++,
                    c.title(),
                    c.competent(),
                    c.notYetCompetent(),
                    EvidenceMethod.ofContent(c.evidence())));
        }
        int criterionPosition = 0;
        for (CourseContent.Criterion c : course.criteria()) {
            version.add(new AccreditationCriterionDefinition(
                    version,
                    c.id(),
                    criterionPosition++,
                    c.title(),
                    c.required(),
                    c.waivable(),
                    c.documents().stream()
                            .map(d -> new AccreditationCriterion.Document(d.id(), d.title()))
                            .toList()));
        }
        return version;
    }

    /** The newest import attempts, newest first. */
    public List<ContentImport> history(int max) {
        return em.createQuery(
                        "select i from ContentImport i order by i.attemptedAt desc, i.id desc", ContentImport.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The problems the newest import attempt reported (none when there was no import): an administrator's to-do. */
    public int problemsInLastImport() {
        return history(1).stream()
                .findFirst()
                .map(i -> i.getProblemLines().size())
                .orElse(0);
    }
}
