package org.attune.content;

import java.util.List;

/**
 * What reading a content tree found: the courses (only when there are no problems), every problem, and the warnings
 * (for authors; they do not stop an import).
 */
public record ContentReport(List<CourseContent> courses, List<ContentProblem> problems, List<ContentProblem> warnings) {

    public ContentReport(List<CourseContent> courses, List<ContentProblem> problems) {
        this(courses, problems, List.of());
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
