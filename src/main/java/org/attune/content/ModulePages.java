package org.attune.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Turns a module's Markdown into safe HTML for the learning pages, split into an introduction and one part per
 * second-level heading (the sections a trainee marks as read). Raw HTML is escaped, unsafe link schemes are
 * removed, headings get anchors, links to other modules point at their learning pages, and images at the media URL.
 * A citation marker {@code [n]} naming one of the module's references becomes a superscript link to that
 * reference's entry in the page's numbered list ({@link Reference#anchor()}), named for screen readers by
 * {@code referenceLabel} (e.g. "Reference 3").
 */
public final class ModulePages {

    private static final Parser PARSER = Parser.builder().build();
    /** Headings get the same anchors the validator checks links and quiz sections against. */
    private static HtmlRenderer renderer(IntFunction<String> referenceLabel) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading heading) {
                        attributes.put("id", ModuleReader.anchorOf(textOf(heading)));
                    }
                })
                .nodeRendererFactory(context -> new CitationRenderer(context.getWriter(), referenceLabel))
                .build();
    }

    /** One section: its anchor, its heading text, and its HTML (heading included). */
    public record Section(String anchor, String title, String html) {}

    /** The HTML of a module: what comes before the first section, then the sections in order. */
    public record Rendered(String introductionHtml, List<Section> sections) {}

    private ModulePages() {}

    /**
     * @param markdown the module body
     * @param moduleIdsByFile module ids by their file name, for links between modules
     * @param modulePageUrl the learning page URL prefix that a module id is appended to, e.g. {@code module?key=}
     * @param mediaUrl the URL prefix for files in the media folder
     */
    public static Rendered render(
            String markdown, Map<String, String> moduleIdsByFile, String modulePageUrl, String mediaUrl) {
        return render(markdown, List.of(), n -> String.valueOf(n), moduleIdsByFile, modulePageUrl, mediaUrl);
    }

    /**
     * @param references the module's reference list, which the text's markers link to
     * @param referenceLabel the accessible name of a marker's link, from its number (e.g. "Reference 3")
     */
    public static Rendered render(
            String markdown,
            List<Reference> references,
            IntFunction<String> referenceLabel,
            Map<String, String> moduleIdsByFile,
            String modulePageUrl,
            String mediaUrl) {
        Node document = PARSER.parse(markdown);
        Set<Integer> numbers = references.stream().map(Reference::number).collect(Collectors.toSet());
        document.accept(new Rewriter(moduleIdsByFile, modulePageUrl, mediaUrl, numbers));
        HtmlRenderer renderer = renderer(referenceLabel);
        StringBuilder introduction = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        Set<String> used = new HashSet<>();
        StringBuilder current = introduction;
        String anchor = null;
        String title = null;
        for (Node node = document.getFirstChild(); node != null; ) {
            Node next = node.getNext();
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                if (anchor != null) {
                    sections.add(new Section(anchor, title, current.toString()));
                }
                title = textOf(heading);
                anchor = unique(ModuleReader.anchorOf(title), used);
                current = new StringBuilder();
            }
            current.append(renderer.render(node));
            node = next;
        }
        if (anchor != null) {
            sections.add(new Section(anchor, title, current.toString()));
        }
        return new Rendered(introduction.toString(), List.copyOf(sections));
    }

    private static String unique(String anchor, Set<String> used) {
        String candidate = anchor;
        for (int i = 1; !used.add(candidate); i++) {
            candidate = anchor + "-" + i;
        }
        return candidate;
    }

    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }

    private static final class Rewriter extends AbstractVisitor {
        private final Map<String, String> moduleIdsByFile;
        private final String modulePageUrl;
        private final String mediaUrl;
        private final Set<Integer> references;
        private int insideLinks;

        Rewriter(Map<String, String> moduleIdsByFile, String modulePageUrl, String mediaUrl, Set<Integer> references) {
            this.moduleIdsByFile = moduleIdsByFile;
            this.modulePageUrl = modulePageUrl;
            this.mediaUrl = mediaUrl;
            this.references = references;
        }

        /** Splits a text around its markers: each marker naming a reference becomes a {@link Citation}. */
        @Override
        public void visit(Text text) {
            if (insideLinks > 0) {
                return;
            }
            String literal = text.getLiteral();
            Matcher m = ModuleReader.MARKER.matcher(literal);
            Node last = text;
            int from = 0;
            while (m.find()) {
                int number = Integer.parseInt(m.group(1));
                if (!references.contains(number)) {
                    continue;
                }
                if (m.start() > from) {
                    last = insertAfter(last, new Text(literal.substring(from, m.start())));
                }
                last = insertAfter(last, new Citation(number));
                from = m.end();
            }
            if (last != text) {
                if (from < literal.length()) {
                    insertAfter(last, new Text(literal.substring(from)));
                }
                text.unlink();
            }
        }

        private static Node insertAfter(Node node, Node next) {
            node.insertAfter(next);
            return next;
        }

        /** Links to other modules point at their pages; a marker inside a link's text stays text. */
        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            String[] parts = destination.split("#", 2);
            String id = moduleIdsByFile.get(parts[0]);
            if (id != null) {
                link.setDestination(modulePageUrl + id + (parts.length > 1 ? "#" + parts[1] : ""));
            }
            insideLinks++;
            visitChildren(link);
            insideLinks--;
        }

        @Override
        public void visit(Image image) {
            String destination = image.getDestination();
            if (!destination.contains("://")) {
                image.setDestination(mediaUrl + destination.replaceFirst("^(\\.\\./)?media/", ""));
            }
        }
    }

    /** A claim's citation of the module's reference {@code number}. */
    static final class Citation extends CustomNode {
        private final int number;

        Citation(int number) {
            this.number = number;
        }

        int number() {
            return number;
        }
    }

    /** Writes a citation as {@code <sup><a href="#ref-3" aria-label="Reference 3">[3]</a></sup>}. */
    private static final class CitationRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final IntFunction<String> label;

        CitationRenderer(HtmlWriter html, IntFunction<String> label) {
            this.html = html;
            this.label = label;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Citation.class);
        }

        @Override
        public void render(Node node) {
            int number = ((Citation) node).number();
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", "#" + Reference.anchorOf(number));
            attributes.put("aria-label", label.apply(number));
            html.tag("sup", Map.of("class", "citation"));
            html.tag("a", attributes);
            html.text("[" + number + "]");
            html.tag("/a");
            html.tag("/sup");
        }
    }
}
