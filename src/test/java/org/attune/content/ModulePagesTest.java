package org.attune.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModulePagesTest {

    private static ModulePages.Rendered render(String markdown) {
        return ModulePages.render(markdown, Map.of("second.md", "second"), "module?key=", "/course-media/ic/");
    }

    @Test
    void moduleIsSplitIntoIntroductionAndOneSectionPerSecondLevelHeading() {
        ModulePages.Rendered rendered = render(
                "# Title\n\nIntro.\n\n## First part\n\nOne.\n\n### Detail\n\nMore.\n\n" + "## Second part\n\nTwo.\n");
        assertTrue(rendered.introductionHtml().contains("Intro."));
        assertEquals(2, rendered.sections().size());
        assertEquals("first-part", rendered.sections().get(0).anchor());
        assertEquals("First part", rendered.sections().get(0).title());
        assertTrue(rendered.sections().get(0).html().contains("<h2 id=\"first-part\">"));
        assertTrue(rendered.sections().get(0).html().contains("<h3 id=\"detail\">"));
        assertTrue(rendered.sections().get(1).html().contains("Two."));
    }

    @Test
    void rawHtmlIsEscapedAndScriptLinksAreNeutralised() {
        ModulePages.Rendered rendered = render("## Part\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n");
        String html = rendered.sections().get(0).html();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void linksToOtherModulesAndImagesPointAtTheirPages() {
        String html = render("## Part\n\nSee [next](second.md#cues) and ![A parent's open hands](media/hands.png).\n")
                .sections()
                .get(0)
                .html();
        assertTrue(html.contains("href=\"module?key=second#cues\""), html);
        assertTrue(html.contains("src=\"/course-media/ic/hands.png\""), html);
        assertTrue(
                html.contains("alt=\"A parent's open hands\"") || html.contains("alt=\"A parent&#39;s open hands\""),
                html);
    }

    private static String renderCiting(String markdown) {
        return ModulePages.render(
                        markdown,
                        List.of(
                                new Reference(3, "A review", null),
                                new Reference(10, "A scale", "https://example.org/scale")),
                        n -> "Reference " + n,
                        Map.of(),
                        "module?key=",
                        "/course-media/ic/")
                .sections()
                .get(0)
                .html();
    }

    @Test
    void markerRendersAsASuperscriptLinkToItsReferenceListEntry() {
        String html = renderCiting("## Part\n\nQuiet alert suits interaction [10]. Cues cluster [3][10].\n");
        assertTrue(
                html.contains("interaction <sup class=\"citation\"><a href=\"#ref-10\" aria-label=\"Reference 10\">"
                        + "[10]</a></sup>."),
                html);
        assertTrue(
                html.contains("cluster <sup class=\"citation\"><a href=\"#ref-3\" aria-label=\"Reference 3\">[3]</a>"
                        + "</sup><sup class=\"citation\"><a href=\"#ref-10\""),
                html);
        assertEquals("ref-10", new Reference(10, "A scale", null).anchor(), "the list entry's id the marker links to");
    }

    @Test
    void markerNamingNoReferenceAndMarkersInLinksAndCodeStayText() {
        String html = renderCiting("## Part\n\nUnknown [7], in code `[3]`, in a link [see [3]](other.md).\n");
        assertFalse(html.contains("<sup"), html);
        assertTrue(html.contains("Unknown [7]"), html);
    }

    @Test
    void citationsStillEscapeRawHtmlAroundThem() {
        String html = renderCiting("## Part\n\n<b>bold</b> [3] <i>x</i>\n");
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("href=\"#ref-3\""), html);
    }
}
