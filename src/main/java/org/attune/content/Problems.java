package org.attune.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems found while reading one content tree, each with its file and line. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    void add(String file, int line, String message) {
        found.add(new ContentProblem(file, line, message));
    }

    List<ContentProblem> sorted() {
        List<ContentProblem> copy = new ArrayList<>(found);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
