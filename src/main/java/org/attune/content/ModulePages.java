package org.attune.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a module's Markdown into safe HTML for the learning pages, split into an introduction and one part per
 * second-level heading (the sections a trainee marks as read). Raw HTML is escaped, unsafe link schemes are
 * removed, headings get anchors, links to other modules point at their learning pages, and images at the media URL.
 */
public final class ModulePages {

    private static final Parser PARSER = Parser.builder().build();
    /** Headings get the same anchors the validator checks links and quiz sections against. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Heading heading) {
                    attributes.put("id", ModuleReader.anchorOf(textOf(heading)));
                }
            }).build();

    /** One section: its anchor, its heading text, and its HTML (heading included). */
    public record Section(String anchor, String title, String html) {
    }

    /** The HTML of a module: what comes before the first section, then the sections in order. */
    public record Rendered(String introductionHtml, List<Section> sections) {
    }

    private ModulePages() {
    }

    /**
     * @param markdown the module body
     * @param moduleIdsByFile module ids by their file name, for links between modules
     * @param modulePageUrl the learning page URL prefix that a module id is appended to, e.g. {@code module?key=}
     * @param mediaUrl the URL prefix for files in the media folder
     */
    public static Rendered render(String markdown, Map<String, String> moduleIdsByFile, String modulePageUrl,
            String mediaUrl) {
        Node document = PARSER.parse(markdown);
        document.accept(new Rewriter(moduleIdsByFile, modulePageUrl, mediaUrl));
        StringBuilder introduction = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
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
            current.append(RENDERER.render(node));
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

        Rewriter(Map<String, String> moduleIdsByFile, String modulePageUrl, String mediaUrl) {
            this.moduleIdsByFile = moduleIdsByFile;
            this.modulePageUrl = modulePageUrl;
            this.mediaUrl = mediaUrl;
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            String[] parts = destination.split("#", 2);
            String id = moduleIdsByFile.get(parts[0]);
            if (id != null) {
                link.setDestination(modulePageUrl + id + (parts.length > 1 ? "#" + parts[1] : ""));
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            String destination = image.getDestination();
            if (!destination.contains("://")) {
                image.setDestination(mediaUrl + destination.replaceFirst("^(\\.\\./)?media/", ""));
            }
        }
    }
}
