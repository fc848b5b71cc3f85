package org.attune.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a module: YAML front matter between "---" lines (id, title, outcomes, minutes, sources, activities), then
 * Markdown without raw HTML, whose images must exist in the media folder with alternative text and whose links to other
 * modules ({@code other-module.md}, optionally with {@code #section}) must resolve. Claims cite their source with a
 * marker {@code [n]}: every marker must name a source of the module (the source ending in {@code [n]}), and every
 * source must be cited by at least one marker.
 */
final class ModuleReader {

    /** A claim's citation in the Markdown text: {@code [3]}, outside links, images and code. */
    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4})\\]");

    /** Sections whose heading starts so are worked examples (a class described), not claims to cite. */
    static final String EXAMPLE_SECTION = "What this looks like";

    private static final Parser MARKDOWN = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private ModuleReader() {}

    /** A parsed module with where its links point, checked later against the other modules. */
    record Parsed(ModuleContent module, String file, List<LinkTarget> links, Set<String> anchors) {}

    record LinkTarget(String file, String anchor, int line) {}

    static Optional<Parsed> read(Path path, String name, Path mediaDir, Problems problems) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            problems.add(name, 0, "Cannot read the file as UTF-8 text.");
            return Optional.empty();
        }
        text = text.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            problems.add(
                    name, 1, "A module starts with front matter: a line \"---\", the fields, and another \"---\".");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(name, 1, "The front matter is not closed by a line \"---\".");
            return Optional.empty();
        }
        String frontMatter = text.substring(4, end + 1);
        String body = text.substring(end + 5);
        int bodyOffset =
                (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count();
        Optional<YamlFile.Fields> fields = YamlFile.parse(frontMatter, name, 1, problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields f = fields.get();
        String id = f.text("id");
        String title = f.text("title");
        List<String> outcomes = f.texts("outcomes");
        Integer minutes = f.integer("minutes", 1, 600);
        List<ModuleContent.Activity> activities = activities(f);
        Map<Integer, Integer> sourceLines = new LinkedHashMap<>();
        List<Reference> references = new ArrayList<>();
        List<String> sources = readSources(f, name, problems, references, sourceLines);
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(name, f.lineOf("id"), "The id \"" + id + "\" must be lower-case words joined by dashes.");
            id = null;
        }
        BodyCheck check = new BodyCheck(name, bodyOffset, mediaDir, problems);
        Node document = MARKDOWN.parse(body);
        document.accept(check);
        checkCitations(name, check.markers, references, sourceLines, problems);
        check.sections.stream()
                .filter(s -> s.firstParagraphLine > 0 && !s.cited && !s.title.startsWith(EXAMPLE_SECTION))
                .forEach(s -> problems.warn(
                        name,
                        s.firstParagraphLine,
                        "The section \"" + s.title + "\" cites no source: put a marker [n] at its claims (a section"
                                + " of practical advice that states no facts needs none)."));
        if (id == null || title == null || outcomes.isEmpty() || minutes == null || sources.isEmpty()) {
            return Optional.empty();
        }
        int words = body.replaceAll("[#*_>`\\[\\]()!-]", " ").trim().split("\\s+").length;
        if (activities == null || !honestMinutes(f, minutes, words, activities)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(
                new ModuleContent(
                        id,
                        path.getFileName().toString(),
                        title,
                        outcomes,
                        minutes,
                        activities,
                        sources,
                        List.copyOf(references),
                        body,
                        words),
                name,
                check.links,
                check.anchors));
    }

    /** The optional {@code activities}: each a title and its minutes; null when one is broken (recorded). */
    private static List<ModuleContent.Activity> activities(YamlFile.Fields f) {
        List<ModuleContent.Activity> result = new ArrayList<>();
        boolean ok = true;
        for (YamlFile.Fields activity : f.mappings("activities", false)) {
            activity.onlyFields("An activity", List.of("title", "minutes"));
            String title = activity.text("title");
            Integer minutes = activity.integer("minutes", 1, 240);
            if (title == null || minutes == null) {
                ok = false;
            } else {
                result.add(new ModuleContent.Activity(title, minutes));
            }
        }
        return ok ? List.copyOf(result) : null;
    }

    /**
     * The stated {@code minutes} must be the reading time plus the activities' time, give or take a tenth (at least
     * two minutes): a trainee and a manager plan by this number.
     */
    private static boolean honestMinutes(
            YamlFile.Fields f, int minutes, int words, List<ModuleContent.Activity> activities) {
        int reading = ModuleContent.readingMinutes(words);
        int tasks =
                activities.stream().mapToInt(ModuleContent.Activity::minutes).sum();
        int expected = reading + tasks;
        if (Math.abs(minutes - expected) <= Math.max(2, expected / 10)) {
            return true;
        }
        f.problem(
                f.lineOf("minutes"),
                "Field \"minutes\" says " + minutes + ", but the text reads in about "
                        + reading + " (" + words + " words at " + ModuleContent.WORDS_PER_MINUTE + " a minute) and the"
                        + " activities take " + tasks + ": write " + expected
                        + ", or list the activities that fill the time.");
        return false;
    }

    /**
     * Reads the sources: each a text ending in its number {@code [n]}, or a mapping {@code {text, url}} whose link
     * is shown with it. Collects their references and the line of each number.
     */
    private static List<String> readSources(
            YamlFile.Fields f,
            String name,
            Problems problems,
            List<Reference> references,
            Map<Integer, Integer> sourceLines) {
        List<String> sources = new ArrayList<>();
        for (org.yaml.snakeyaml.nodes.Node node : f.entries("sources")) {
            int line = f.lineOf(node);
            String text = null;
            String url = null;
            if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                text = scalar.getValue().strip();
            } else if (node instanceof MappingNode mapping) {
                YamlFile.Fields entry = f.fieldsOf(mapping);
                entry.onlyFields("A source", List.of("text", "url"));
                text = entry.text("text");
                url = entry.optionalText("url");
                if (url != null && !url.matches("https?://[^\\s<>\"]+")) {
                    problems.add(
                            name,
                            entry.lineOf("url"),
                            "The url of a source must be a web address starting " + "with https://, not \"" + url
                                    + "\".");
                    url = null;
                }
            } else {
                problems.add(name, line, "Each entry of \"sources\" must be a text, or a mapping with text and url.");
            }
            if (text == null) {
                continue;
            }
            sources.add(text);
            Reference reference = Reference.of(text, url);
            if (reference == null) {
                problems.add(
                        name,
                        line,
                        "This source does not end in its number, so no claim can cite it: end it "
                                + "with [n], its number in the domain brief's References (from 101 up for a source the "
                                + "brief does not list).");
            } else if (sourceLines.containsKey(reference.number())) {
                problems.add(
                        name,
                        line,
                        "Two sources have the number [" + reference.number() + "] (also on line "
                                + sourceLines.get(reference.number()) + ").");
            } else {
                sourceLines.put(reference.number(), line);
                references.add(reference);
            }
        }
        return sources;
    }

    /** Every marker names a source of the module, and every source is cited somewhere in the text. */
    private static void checkCitations(
            String name,
            List<Marker> markers,
            List<Reference> references,
            Map<Integer, Integer> sourceLines,
            Problems problems) {
        if (references.isEmpty() && markers.isEmpty()) {
            return;
        }
        Set<Integer> cited = new HashSet<>();
        for (Marker marker : markers) {
            if (sourceLines.containsKey(marker.number())) {
                cited.add(marker.number());
            } else {
                problems.add(
                        name,
                        marker.line(),
                        "The marker [" + marker.number() + "] names no reference in this module's sources.");
            }
        }
        for (Reference reference : references) {
            if (!cited.contains(reference.number())) {
                problems.add(
                        name,
                        sourceLines.get(reference.number()),
                        "The source [" + reference.number()
                                + "] is cited nowhere in the module: put [" + reference.number()
                                + "] at the claims it supports, or remove the source.");
            }
        }
    }

    /** A citation marker and its line in the file. */
    record Marker(int number, int line) {}

    /** A second-level section: whether any marker cites a source in it, and the line of its first paragraph. */
    private static final class Section {
        private final String title;
        private int firstParagraphLine;
        private boolean cited;

        Section(String title) {
            this.title = title;
        }
    }

    /** The anchor a heading gets: lower case, letters and digits, words joined by dashes. */
    static String anchorOf(String headingText) {
        return headingText
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s-]", "")
                .trim()
                .replaceAll("\\s+", "-");
    }

    private static final class BodyCheck extends AbstractVisitor {
        private final String name;
        private final int offset;
        private final Path mediaDir;
        private final Problems problems;
        private final List<LinkTarget> links = new ArrayList<>();
        private final Set<String> anchors = new HashSet<>();
        private final List<Marker> markers = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private int insideLinks;

        BodyCheck(String name, int offset, Path mediaDir, Problems problems) {
            this.name = name;
            this.offset = offset;
            this.mediaDir = mediaDir;
            this.problems = problems;
        }

        private int line(Node node) {
            return node.getSourceSpans().isEmpty()
                    ? offset + 1
                    : node.getSourceSpans().get(0).getLineIndex() + 1 + offset;
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
            if (heading.getLevel() == 2) {
                sections.add(new Section(text.toString().strip()));
            }
            visitChildren(heading);
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (!sections.isEmpty() && sections.get(sections.size() - 1).firstParagraphLine == 0) {
                sections.get(sections.size() - 1).firstParagraphLine = line(paragraph);
            }
            visitChildren(paragraph);
        }

        @Override
        public void visit(Image image) {
            String alt =
                    image.getFirstChild() instanceof Text t ? t.getLiteral().strip() : "";
            if (alt.isEmpty()) {
                problems.add(
                        name,
                        line(image),
                        "The image " + image.getDestination()
                                + " has no alternative text: write it between the brackets, ![like this](file.png).");
            }
            String destination = image.getDestination();
            if (destination.contains("://")) {
                problems.add(name, line(image), "Images must be files in the media folder, not " + destination + ".");
            } else {
                Path file = mediaDir.getParent()
                        .resolve(destination.replaceFirst("^\\.\\./", ""))
                        .normalize();
                if (!file.startsWith(mediaDir) || !Files.isRegularFile(file)) {
                    problems.add(name, line(image), "The image " + destination + " is not in the media folder.");
                }
            }
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            if (!destination.contains("://") && !destination.startsWith("mailto:")) {
                String[] parts = destination.split("#", 2);
                String anchor = parts.length > 1 ? parts[1] : null;
                links.add(new LinkTarget(parts[0], anchor, line(link)));
            }
            insideLinks++;
            visitChildren(link);
            insideLinks--;
        }

        @Override
        public void visit(Text text) {
            if (insideLinks > 0) {
                return;
            }
            Matcher m = MARKER.matcher(text.getLiteral());
            while (m.find()) {
                markers.add(new Marker(Integer.parseInt(m.group(1)), line(text)));
                if (!sections.isEmpty()) {
                    sections.get(sections.size() - 1).cited = true;
                }
            }
        }
    }
}
