package org.attune.catalog;

import static org.attune.platform.persistence.QueryHints.READ_ONLY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads syllabus versions: the live (newest) one of each course, or a particular one. Imported versions never
 * change, so they are read as read-only objects straight from the shared cache: no copy of the catalogue's object
 * graph per request (which, under many concurrent readers, queued every request behind the copying).
 */
@ApplicationScoped
public class CatalogService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    /** The newest version of each course. */
    public List<SyllabusVersion> liveVersions() {
        return em.createQuery(
                        "select v from SyllabusVersion v where v.importedAt = (select max(w.importedAt)"
                                + " from SyllabusVersion w where w.courseCode = v.courseCode) order by v.courseTitle",
                        SyllabusVersion.class)
                .setHint(READ_ONLY, "true")
                .getResultList();
    }

    /** The modules of the first live course that end with a quiz, in course order (refresher included). */
    public List<CourseModule> liveModulesWithQuiz() {
        return liveVersions().stream()
                .findFirst()
                .map(v ->
                        v.allModules().stream().filter(m -> m.getQuiz() != null).toList())
                .orElse(List.of());
    }

    /**
     * The accreditation criteria organisations are accredited against: those of the first live course's
     * {@code accreditation.yaml} (Attune runs one course); empty before any content is imported.
     */
    public List<AccreditationCriterion> accreditationCriteria() {
        return liveVersions().stream()
                .findFirst()
                .map(SyllabusVersion::accreditationCriteria)
                .orElse(List.of());
    }

    public Optional<SyllabusVersion> live(String courseCode) {
        return em.createQuery(
                        "select v from SyllabusVersion v where v.courseCode = :code"
                                + " order by v.importedAt desc, v.id desc",
                        SyllabusVersion.class)
                .setParameter("code", courseCode)
                .setHint(READ_ONLY, "true")
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<SyllabusVersion> version(long id) {
        return Optional.ofNullable(em.find(SyllabusVersion.class, id, Map.of(READ_ONLY, "true")));
    }
}
