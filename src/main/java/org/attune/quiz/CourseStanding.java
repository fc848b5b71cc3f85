package org.attune.quiz;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.attune.catalog.CourseModule;
import org.attune.learning.LearningService;
import org.attune.learning.Progress;

/**
 * How far a trainee is through the course's core modules: the one place that says what "modules read" (every
 * section of the module read) and "quizzes passed" (a passed attempt at the module's quiz) mean. The certificate's
 * checklist and the trainer's dashboard both count with it.
 */
public record CourseStanding(int modules, int modulesRead, int quizzesPassed) {

    public static final CourseStanding NOT_STARTED = new CourseStanding(0, 0, 0);

    /** Counts over the given core modules, from the sections read and the module keys whose quiz was passed. */
    public static CourseStanding of(List<CourseModule> modules, Set<Long> readSections, Set<String> passedModules) {
        return of(modules, m -> LearningService.progress(m, readSections), passedModules);
    }

    /** Counts over the given core modules, from each module's reading progress and the modules whose quiz was passed. */
    public static CourseStanding of(
            List<CourseModule> modules, Function<CourseModule, Progress> progress, Set<String> passedModules) {
        int read =
                (int) modules.stream().filter(m -> progress.apply(m).complete()).count();
        int passed = (int)
                modules.stream().filter(m -> passedModules.contains(m.getKey())).count();
        return new CourseStanding(modules.size(), read, passed);
    }

    /** Every core module read; false when there are no modules (nothing to have read is not done). */
    public boolean allRead() {
        return modules > 0 && modulesRead == modules;
    }

    /** Every core module's quiz passed; false when there are no modules. */
    public boolean allPassed() {
        return modules > 0 && quizzesPassed == modules;
    }
}
