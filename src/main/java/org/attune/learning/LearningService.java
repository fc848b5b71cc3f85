package org.attune.learning;

import static org.attune.platform.persistence.QueryHints.READ_ONLY;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.attune.account.Person;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseModule;
import org.attune.catalog.ModuleSection;
import org.attune.catalog.SyllabusVersion;
import org.attune.platform.Failure;
import org.attune.platform.persistence.DataSourceConfiguration;

/** Enrols trainees on the live syllabus version and records which sections they have read. */
@ApplicationScoped
public class LearningService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    /** For {@link #sectionsReadPerModule}: plain JDBC, see there. */
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private CatalogService catalog;

    @Inject
    private EnrolmentCreator creator;

    /** The trainee's enrolment on a course, made now on the live version if they have none; empty if no course. */
    public Optional<Enrolment> enrolment(Person trainee, String courseCode) {
        Optional<Enrolment> existing = find(trainee.id(), courseCode);
        if (existing.isPresent()) {
            return existing;
        }
        Optional<SyllabusVersion> live = catalog.live(courseCode);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        try {
            creator.create(trainee.id(), live.get().getId());
        } catch (PersistenceException | TransactionalException e) {
            return reread(trainee, courseCode, e);
        } catch (RuntimeException e) {
            return reread(trainee, courseCode, e); // a failed commit may surface wrapped in another exception
        }
        return find(trainee.id(), courseCode);
    }

    /** After a failed enrolment: another request of the same trainee enrolled them first, so use theirs. */
    private Optional<Enrolment> reread(Person trainee, String courseCode, RuntimeException failure) {
        Optional<Enrolment> winner = find(trainee.id(), courseCode);
        if (winner.isEmpty()) {
            throw failure;
        }
        return winner;
    }

    /** The trainee's enrolment on the first live course (Attune runs one course today). */
    public Optional<Enrolment> currentEnrolment(Person trainee) {
        List<Enrolment> mine = em.createQuery(
                        "select e from Enrolment e where e.person.id = :id order by e.enrolledAt", Enrolment.class)
                .setParameter("id", trainee.id())
                .setHint(READ_ONLY, "true")
                .getResultList();
        if (!mine.isEmpty()) {
            return Optional.of(mine.get(0));
        }
        return catalog.liveVersions().stream().findFirst().flatMap(v -> enrolment(trainee, v.getCourseCode()));
    }

    /** The trainee's first enrolment, if they have one; unlike {@link #currentEnrolment} never creates one. */
    public Optional<Enrolment> existingEnrolment(long personId) {
        return em.createQuery(
                        "select e from Enrolment e where e.person.id = :id order by e.enrolledAt", Enrolment.class)
                .setParameter("id", personId)
                .setHint(READ_ONLY, "true")
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The fields of an enrolment a list over many trainees needs, read without loading the person. */
    public record EnrolmentSummary(long id, long personId, long syllabusId, Instant lastActivityAt) {}

    /**
     * Each of these people's first enrolment (as {@link #existingEnrolment}), by person id; people without one are
     * left out. One query however many people.
     */
    public Map<Long, EnrolmentSummary> existingEnrolments(Collection<Long> personIds) {
        Map<Long, EnrolmentSummary> first = new HashMap<>();
        if (personIds.isEmpty()) {
            return first;
        }
        em.createQuery(
                        "select e.id, e.person.id, e.syllabus.id, e.lastActivityAt from Enrolment e"
                                + " where e.person.id in :ids order by e.enrolledAt, e.id",
                        Object[].class)
                .setParameter("ids", List.copyOf(personIds))
                .getResultStream()
                .forEach(r -> first.putIfAbsent(
                        (Long) r[1], new EnrolmentSummary((Long) r[0], (Long) r[1], (Long) r[2], (Instant) r[3])));
        return first;
    }

    /**
     * How many sections of each module these enrolments have read: enrolment id, then course module id, then the
     * count (modules with none read left out). One query, counted by the database: a cohort's dashboard needs the
     * counts, not the 15,000 rows of a cohort of 500. {@link #progress(CourseModule, int)} says what they mean. By
     * plain JDBC: EclipseLink finds each of a native query's positional parameters by a linear search of the others,
     * so binding a cohort's 500 ids cost more CPU than the query (JFR, 2026-12-02); it reads, never writes.
     */
    public Map<Long, Map<Long, Integer>> sectionsReadPerModule(Collection<Long> enrolmentIds) {
        Map<Long, Map<Long, Integer>> read = new HashMap<>();
        if (enrolmentIds.isEmpty()) {
            return read;
        }
        List<Long> ids = List.copyOf(enrolmentIds);
        String sql = "SELECT sr.enrolment_id, ms.course_module_id, COUNT(*) FROM section_read sr"
                + " JOIN module_section ms ON ms.id = sr.module_section_id WHERE sr.enrolment_id IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?"))
                + ") GROUP BY sr.enrolment_id, ms.course_module_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    read.computeIfAbsent(row.getLong(1), k -> new HashMap<>()).put(row.getLong(2), row.getInt(3));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
        return read;
    }

    Optional<Enrolment> find(long personId, String courseCode) {
        return em.createQuery(
                        "select e from Enrolment e where e.person.id = :id and e.courseCode = :code", Enrolment.class)
                .setParameter("id", personId)
                .setParameter("code", courseCode)
                .setHint(READ_ONLY, "true")
                .getResultStream()
                .findFirst();
    }

    /** Ids of the sections this enrolment has read. */
    public Set<Long> readSections(long enrolmentId) {
        List<?> ids = em.createNativeQuery("SELECT module_section_id FROM section_read WHERE enrolment_id = ?")
                .setParameter(1, enrolmentId)
                .getResultList();
        Set<Long> read = new HashSet<>();
        ids.forEach(id -> read.add(((Number) id).longValue()));
        return read;
    }

    /** Marks a section of the enrolment's own syllabus as read; refuses sections of anything else. */
    @Transactional
    public void markRead(long enrolmentId, long personId, long sectionId) {
        Enrolment enrolment = ownEnrolment(enrolmentId, personId);
        ModuleSection section = em.find(ModuleSection.class, sectionId);
        if (section == null
                || !section.getModule()
                        .getVersion()
                        .getId()
                        .equals(enrolment.getSyllabus().getId())) {
            throw new Failure.NotFound("learning.sectionNotInCourse");
        }
        if (!readSections(enrolmentId).contains(sectionId)) {
            em.createNativeQuery("INSERT INTO section_read (enrolment_id, module_section_id, read_at) VALUES (?, ?, ?)")
                    .setParameter(1, enrolmentId)
                    .setParameter(2, sectionId)
                    .setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
        }
        recordActivity(enrolmentId, section.getModule().getKey());
    }

    /**
     * Records every section of these modules as read now, without the trainee's pages: for seeding demonstration
     * data only. Joins the caller's transaction.
     */
    @Transactional
    public void recordAllRead(long enrolmentId, List<CourseModule> modules) {
        Timestamp now = Timestamp.from(clock.instant());
        for (CourseModule module : modules) {
            for (ModuleSection section : module.getSections()) {
                em.createNativeQuery("INSERT INTO section_read (enrolment_id, module_section_id, read_at)"
                                + " VALUES (?, ?, ?)")
                        .setParameter(1, enrolmentId)
                        .setParameter(2, section.getId())
                        .setParameter(3, now)
                        .executeUpdate();
            }
        }
    }

    /** Records that the trainee opened a module, so the course page can offer to resume there. */
    @Transactional
    public void visited(long enrolmentId, long personId, String moduleKey) {
        Enrolment enrolment = ownEnrolment(enrolmentId, personId);
        if (!moduleKey.equals(enrolment.getLastModuleKey())) {
            recordActivity(enrolmentId, moduleKey);
        }
    }

    /**
     * Where the trainee was last, written without a version check: two tabs open at once must not fail each other
     * over a "last seen" note, which the last writer may simply overwrite.
     */
    private void recordActivity(long enrolmentId, String moduleKey) {
        em.createQuery("update Enrolment e set e.lastModuleKey = :key, e.lastActivityAt = :now where e.id = :id")
                .setParameter("key", moduleKey)
                .setParameter("now", clock.instant())
                .setParameter("id", enrolmentId)
                .executeUpdate();
    }

    private Enrolment ownEnrolment(long enrolmentId, long personId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || enrolment.getPersonId() != personId) {
            throw new SecurityException("Not your enrolment");
        }
        return enrolment;
    }

    public static Progress progress(CourseModule module, Set<Long> read) {
        return progress(module, (int) module.getSections().stream()
                .filter(s -> read.contains(s.getId()))
                .count());
    }

    /** A module's progress from how many of its sections were read (as {@link #sectionsReadPerModule} counts). */
    public static Progress progress(CourseModule module, int sectionsRead) {
        return new Progress(sectionsRead, module.getSections().size());
    }

    public static Progress progress(List<CourseModule> modules, Set<Long> read) {
        int total = 0;
        int done = 0;
        for (CourseModule module : modules) {
            Progress p = progress(module, read);
            total += p.total();
            done += p.read();
        }
        return new Progress(done, total);
    }

    /**
     * The trainee's next section to read on the course they are enrolled on, for the home page's to-do list; empty
     * when they have no enrolment yet (this never enrols) or have read everything.
     */
    public Optional<ModuleSection> nextSection(Person trainee) {
        return existingEnrolment(trainee.id())
                .flatMap(e -> nextUnread(e.getSyllabus().coreModules(), readSections(e.getId())));
    }

    /** The first unread section of the course, in order: where "continue" takes the trainee. */
    public static Optional<ModuleSection> nextUnread(List<CourseModule> modules, Set<Long> read) {
        return modules.stream()
                .flatMap(m -> m.getSections().stream())
                .filter(s -> !read.contains(s.getId()))
                .findFirst();
    }
}
