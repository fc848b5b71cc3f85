package org.attune.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a module: YAML front matter between "---" lines (id, title, outcomes, minutes, sources), then Markdown
 * without raw HTML, whose images must exist in the media folder with alternative text and whose links to other
 * modules ({@code other-module.md}, optionally with {@code #section}) must resolve.
 */
final class ModuleReader {

    private static final Parser MARKDOWN = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private ModuleReader() {
    }

    /** A parsed module with where its links point, checked later against the other modules. */
    record Parsed(ModuleContent module, String file, List<LinkTarget> links, Set<String> anchors) {
    }

    record LinkTarget(String file, String anchor, int line) {
    }

    static Optional<Parsed> read(Path path, String name, Path mediaDir, Problems problems) {
        String text;
        try {
            text = Files.readString(path);
        } catch (java.io.IOException e) {
            problems.add(name, 0, "Cannot read the file as UTF-8 text.");
            return Optional.empty();
        }
        text = text.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            problems.add(name, 1, "A module starts with front matter: a line \"---\", the fields, and another \"---\".");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(name, 1, "The front matter is not closed by a line \"---\".");
            return Optional.empty();
        }
        String frontMatter = text.substring(4, end + 1);
        String body = text.substring(end + 5);
        int bodyOffset = (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count();
        Optional<YamlFile.Fields> fields = YamlFile.parse(frontMatter, name, 1, problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields f = fields.get();
        String id = f.text("id");
        String title = f.text("title");
        List<String> outcomes = f.texts("outcomes");
        Integer minutes = f.integer("minutes", 1, 600);
        List<String> sources = f.texts("sources");
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(name, f.lineOf("id"), "The id \"" + id + "\" must be lower-case words joined by dashes.");
            id = null;
        }
        BodyCheck check = new BodyCheck(name, bodyOffset, mediaDir, problems);
        Node document = MARKDOWN.parse(body);
        document.accept(check);
        if (id == null || title == null || outcomes.isEmpty() || minutes == null || sources.isEmpty()) {
            return Optional.empty();
        }
        int words = body.replaceAll("[#*_>`\\[\\]()!-]", " ").trim().split("\\s+").length;
        return Optional.of(new Parsed(new ModuleContent(id, path.getFileName().toString(), title, outcomes, minutes,
                sources, body, words), name,
                check.links, check.anchors));
    }

    /** The anchor a heading gets: lower case, letters and digits, words joined by dashes. */
    static String anchorOf(String headingText) {
        return headingText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", "").trim()
                .replaceAll("\\s+", "-");
    }

    private static final class BodyCheck extends AbstractVisitor {
        private final String name;
        private final int offset;
        private final Path mediaDir;
        private final Problems problems;
        private final List<LinkTarget> links = new ArrayList<>();
        private final java.util.Set<String> anchors = new java.util.HashSet<>();

        BodyCheck(String name, int offset, Path mediaDir, Problems problems) {
            this.name = name;
            this.offset = offset;
            this.mediaDir = mediaDir;
            this.problems = problems;
        }

        private int line(Node node) {
            return node.getSourceSpans().isEmpty() ? offset + 1 : node.getSourceSpans().get(0).getLineIndex()
                    + 1 + offset;
        }

        @Override
        public void visit(HtmlBlock html) {
            problems.add(name, line(html), "Raw HTML is not allowed in modules; use Markdown.");
        }

        @Override
        public void visit(HtmlInline html) {
            problems.add(name, line(html), "Raw HTML is not allowed in modules; use Markdown.");
        }

        @Override
        public void visit(Heading heading) {
            StringBuilder text = new StringBuilder();
            for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    text.append(t.getLiteral());
                }
            }
            anchors.add(anchorOf(text.toString()));
            visitChildren(heading);
        }

        @Override
        public void visit(Image image) {
            String alt = image.getFirstChild() instanceof Text t ? t.getLiteral().strip() : "";
            if (alt.isEmpty()) {
                problems.add(name, line(image), "The image " + image.getDestination()
                        + " has no alternative text: write it between the brackets, ![like this](file.png).");
            }
            String destination = image.getDestination();
            if (destination.contains("://")) {
                problems.add(name, line(image), "Images must be files in the media folder, not " + destination + ".");
            } else {
                Path file = mediaDir.getParent().resolve(destination.replaceFirst("^\\.\\./", "")).normalize();
                if (!file.startsWith(mediaDir) || !Files.isRegularFile(file)) {
                    problems.add(name, line(image), "The image " + destination + " is not in the media folder.");
                }
            }
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            if (destination.contains("://") || destination.startsWith("mailto:")) {
                visitChildren(link);
                return;
            }
            String[] parts = destination.split("#", 2);
            String anchor = parts.length > 1 ? parts[1] : null;
            links.add(new LinkTarget(parts[0], anchor, line(link)));
            visitChildren(link);
        }
    }
}
