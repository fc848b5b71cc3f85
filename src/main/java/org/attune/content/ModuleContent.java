package org.attune.content;

import java.util.List;

/**
 * One module: its front matter and its Markdown body (rendered safely by the learning pages).
 *
 * @param sources the front matter's sources as written (each ending in its number {@code [n]})
 * @param references the same sources as the numbered list that the body's {@code [n]} markers cite
 */
public record ModuleContent(String id, String fileName, String title, List<String> outcomes, int minutes,
        List<String> sources, List<Reference> references, String markdown, int wordCount) {
}
