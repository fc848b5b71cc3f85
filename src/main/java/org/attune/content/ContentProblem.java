package org.attune.content;

/** One thing wrong in a content file, at a line (1-based; 0 when it concerns the whole file). */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(ContentProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
