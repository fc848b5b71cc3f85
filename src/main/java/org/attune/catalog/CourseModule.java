package org.attune.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import lombok.Getter;
import org.attune.content.ModuleContent;
import org.attune.content.Reference;

/** A module of one syllabus version, with its rendered introduction and sections. */
@Entity
@Cacheable // imported versions never change, so every node may keep them in the shared cache
@Table(name = "course_module")
public class CourseModule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @ManyToOne(optional = false)
    @JoinColumn(name = "syllabus_version_id", nullable = false)
    private SyllabusVersion version;

    @Getter
    @Column(name = "module_key", nullable = false)
    private String key;

    @Getter
    private int position;

    @Getter
    private boolean refresher;

    @Getter
    private String title;

    @Getter
    private int minutes;

    private String outcomes;

    private String sources;

    @Getter
    private String introductionHtml;

    private String activities;

    @OneToMany(mappedBy = "module", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ModuleSection> sections = new ArrayList<>();

    @Getter
    @OneToOne(mappedBy = "module", cascade = CascadeType.PERSIST)
    private QuizDefinition quiz;

    protected CourseModule() {
        // for JPA
    }

    CourseModule(
            SyllabusVersion version,
            String key,
            int position,
            boolean refresher,
            String title,
            int minutes,
            List<String> outcomes,
            List<String> sources,
            String introductionHtml) {
        this.version = version;
        this.key = key;
        this.position = position;
        this.refresher = refresher;
        this.title = title;
        this.minutes = minutes;
        this.outcomes = String.join("\n", outcomes);
        this.sources = String.join("\n", sources);
        this.introductionHtml = introductionHtml;
    }

    void setActivities(List<ModuleContent.Activity> list) {
        activities = list.isEmpty()
                ? null
                : String.join(
                        "\n",
                        list.stream().map(a -> a.minutes() + "\t" + a.title()).toList());
    }

    /** The study tasks beyond reading, each with its minutes (none for a module imported before they existed). */
    public List<ModuleContent.Activity> getActivities() {
        if (activities == null || activities.isBlank()) {
            return List.of();
        }
        return Arrays.stream(activities.split("\n"))
                .map(line -> line.split("\t", 2))
                .map(p -> new ModuleContent.Activity(p[1], Integer.parseInt(p[0])))
                .toList();
    }

    void add(ModuleSection section) {
        sections.add(section);
    }

    void setQuiz(QuizDefinition quiz) {
        this.quiz = quiz;
    }

    public List<String> getOutcomes() {
        return List.of(outcomes.split("\n"));
    }

    /** The sources as written, without their links. */
    public List<String> getSources() {
        return getSourceLines().stream().map(line -> line.split("\t", 2)[0]).toList();
    }

    /**
     * The numbered reference list that the sections' citation markers link to; empty for a module imported before
     * citations, some of whose sources have no number (the page then lists {@link #getSources()}).
     */
    public List<Reference> getReferences() {
        List<Reference> references =
                getSourceLines().stream().map(Reference::fromStoredLine).toList();
        return references.contains(null) ? List.of() : references;
    }

    private List<String> getSourceLines() {
        return List.of(sources.split("\n"));
    }

    public List<ModuleSection> getSections() {
        return Collections.unmodifiableList(sections);
    }
}
