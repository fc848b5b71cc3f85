package org.attune.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.catalog.CourseModule;
import org.attune.catalog.ModuleSection;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.learning.Progress;

/**
 * Backs {@code trainee/course.xhtml} and {@code trainee/dashboard.xhtml}: the trainee's course on the version they
 * enrolled on, with progress per module and for the course, and where to continue.
 */
@Named
@RequestScoped
public class CourseView {

    @Inject
    private LearningService learning;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Enrolment enrolment;

    private Set<Long> read = Set.of();

    @PostConstruct
    void load() {
        enrolment = learning.currentEnrolment(currentUser.person()).orElse(null);
        if (enrolment != null) {
            read = learning.readSections(enrolment.getId());
        }
    }

    public boolean isEnrolled() {
        return enrolment != null;
    }

    public List<CourseModule> getModules() {
        return enrolment == null ? List.of() : enrolment.getSyllabus().coreModules();
    }

    public Progress progressOf(CourseModule module) {
        return LearningService.progress(module, read);
    }

    public Progress getCourseProgress() {
        return LearningService.progress(getModules(), read);
    }

    /** The first unread section, or empty when everything has been read. */
    public Optional<ModuleSection> getNext() {
        return LearningService.nextUnread(getModules(), read);
    }

    public ModuleSection getNextSection() {
        return getNext().orElse(null);
    }

    public String getLastModuleTitle() {
        if (enrolment == null || enrolment.getLastModuleKey() == null) {
            return null;
        }
        return enrolment
                .getSyllabus()
                .module(enrolment.getLastModuleKey())
                .map(CourseModule::getTitle)
                .orElse(null);
    }
}
