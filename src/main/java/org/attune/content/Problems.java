package org.attune.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems found while reading one content tree, each with its file and line, and the warnings: things
 * an author should look at that do not stop the tree from importing.
 */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();

    /** Records a problem once: the same message at the same place (an opening and closing HTML tag) counts once. */
    void add(String file, int line, String message) {
        ContentProblem problem = new ContentProblem(file, line, message);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    void warn(String file, int line, String message) {
        ContentProblem warning = new ContentProblem(file, line, message);
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    List<ContentProblem> sorted() {
        return sorted(found);
    }

    List<ContentProblem> sortedWarnings() {
        return sorted(warnings);
    }

    private static List<ContentProblem> sorted(List<ContentProblem> list) {
        List<ContentProblem> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
