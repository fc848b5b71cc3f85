package org.attune.content;

import java.util.List;

/** One module: its front matter and its Markdown body (rendered safely by the learning pages). */
public record ModuleContent(String id, String fileName, String title, List<String> outcomes, int minutes,
        List<String> sources, String markdown, int wordCount) {
}
