package org.attune.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems found while reading one content tree, each with its file and line. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    /** Records a problem once: the same message at the same place (an opening and closing HTML tag) counts once. */
    void add(String file, int line, String message) {
        ContentProblem problem = new ContentProblem(file, line, message);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    List<ContentProblem> sorted() {
        List<ContentProblem> copy = new ArrayList<>(found);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
