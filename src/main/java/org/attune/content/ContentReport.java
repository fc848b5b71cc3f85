package org.attune.content;

import java.util.List;

/** What reading a content tree found: the courses (only when there are no problems) and every problem. */
public record ContentReport(List<CourseContent> courses, List<ContentProblem> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
