package org.attune.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import lombok.Getter;
import org.attune.content.CourseContent;

/** One imported version of a course, identified by its content hash; never changed after import. */
@Entity
@Cacheable // imported versions never change, so every node may keep them in the shared cache
@Table(name = "syllabus_version")
public class SyllabusVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @Column(updatable = false)
    private String courseCode;

    @Getter
    @Column(updatable = false)
    private String courseTitle;

    @Getter
    @Column(updatable = false)
    private String description;

    @Getter
    @Column(updatable = false)
    private String versionLabel;

    @Getter
    @Column(updatable = false)
    private String contentHash;

    @Getter
    @Column(updatable = false)
    private int validityMonths;

    @Getter
    @Column(updatable = false)
    private int practicumSessions;

    @Getter
    @Column(updatable = false)
    private int practicumFamilies;

    @Getter
    @Column(updatable = false)
    private int renewalPracticumMonths;

    @Getter
    @Column(updatable = false)
    private Instant importedAt;

    @Column(updatable = false)
    private String qualificationName;

    @Column(updatable = false)
    private String qualificationEntry;

    @Column(updatable = false)
    private String qualificationWorkshop;

    @Column(updatable = false)
    private String qualificationObserved;

    @Column(updatable = false)
    private String qualificationCertifies;

    @Column(updatable = false)
    private String qualificationNotCertified;

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CompetenceDefinition> competences = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AccreditationCriterionDefinition> accreditationCriteria = new ArrayList<>();

    protected SyllabusVersion() {
        // for JPA
    }

    SyllabusVersion(
            String courseCode,
            String courseTitle,
            String description,
            String versionLabel,
            String contentHash,
            int validityMonths,
            int practicumSessions,
            int practicumFamilies,
            int renewalPracticumMonths,
            Instant importedAt) {
        this.courseCode = courseCode;
        this.courseTitle = courseTitle;
        this.description = description;
        this.versionLabel = versionLabel;
        this.contentHash = contentHash;
        this.validityMonths = validityMonths;
        this.practicumSessions = practicumSessions;
        this.practicumFamilies = practicumFamilies;
        this.renewalPracticumMonths = renewalPracticumMonths;
        this.importedAt = importedAt;
    }

    void setQualification(CourseContent.Qualification q) {
        qualificationName = q.name();
        qualificationEntry = q.entryRequirement();
        qualificationWorkshop = q.workshop();
        qualificationObserved = q.observedPractice();
        qualificationCertifies = q.certifies();
        qualificationNotCertified = String.join("\n", q.doesNotCertify());
    }

    /** What the certificate of this version stands for; empty for a version imported before it was stated. */
    public Optional<CourseContent.Qualification> qualification() {
        if (qualificationName == null) {
            return Optional.empty();
        }
        return Optional.of(new CourseContent.Qualification(
                qualificationName,
                qualificationEntry,
                qualificationWorkshop,
                qualificationObserved,
                qualificationCertifies,
                List.of(qualificationNotCertified.split("\n"))));
    }

    /** For pages: the qualification, or null for a version imported before it was stated. */
    public CourseContent.Qualification getQualification() {
        return qualification().orElse(null);
    }

    /** Minutes of online study: the core modules' reading and activities. */
    public int getStudyMinutes() {
        return coreModules().stream().mapToInt(CourseModule::getMinutes).sum();
    }

    void add(CourseModule module) {
        modules.add(module);
    }

    void add(CompetenceDefinition competence) {
        competences.add(competence);
    }

    void add(AccreditationCriterionDefinition criterion) {
        accreditationCriteria.add(criterion);
    }

    /** The accreditation criteria of this version, in order (criterion 1 first). */
    public List<AccreditationCriterion> accreditationCriteria() {
        return accreditationCriteria.stream()
                .map(AccreditationCriterionDefinition::toCriterion)
                .toList();
    }

    /** The modules trainees take for certification, in order (the CPD refresher is not among them). */
    public List<CourseModule> coreModules() {
        return modules.stream().filter(m -> !m.isRefresher()).toList();
    }

    public List<CourseModule> allModules() {
        return Collections.unmodifiableList(modules);
    }

    public Optional<CourseModule> module(String key) {
        return modules.stream().filter(m -> m.getKey().equals(key)).findFirst();
    }

    public List<CompetenceDefinition> competences() {
        return Collections.unmodifiableList(competences);
    }
}
