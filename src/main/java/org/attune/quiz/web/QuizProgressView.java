package org.attune.quiz.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.attune.account.CurrentUser;
import org.attune.catalog.CourseModule;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.learning.Progress;
import org.attune.quiz.QuizService;

/** Quiz progress for the trainee's dashboard and course page: which module assessments are complete. */
@Named
@RequestScoped
public class QuizProgressView {

    @Inject
    private QuizService quizzes;

    @Inject
    private LearningService learning;

    @Inject
    private CurrentUser currentUser;

    private Set<String> passed = Set.of();
    private List<CourseModule> modules = List.of();

    @PostConstruct
    void load() {
        Enrolment enrolment = learning.currentEnrolment(currentUser.person()).orElse(null);
        if (enrolment != null) {
            passed = quizzes.passedModules(enrolment.getId());
            modules = enrolment.getSyllabus().coreModules().stream()
                    .filter(m -> m.getQuiz() != null)
                    .toList();
        }
    }

    public boolean isPassed(String moduleKey) {
        return passed.contains(moduleKey);
    }

    /** Core modules whose quiz is passed, out of core modules with a quiz. */
    public Progress getProgress() {
        return new Progress(
                (int) modules.stream().filter(m -> passed.contains(m.getKey())).count(), modules.size());
    }
}
