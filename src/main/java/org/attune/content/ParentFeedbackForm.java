package org.attune.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parents' feedback form of {@code content/feedback.yaml}, valid and complete: the answer scale, the statements
 * (each tied to competences of the framework) and the public page's own texts, each in English and Welsh.
 *
 * @param version raised whenever a statement's meaning changes; every response records the version it answered
 */
public record ParentFeedbackForm(int version, List<Option> scale, List<Item> items, Map<String, Text> page) {

    /** The languages every text must have: English and Welsh. */
    public static final List<String> LANGUAGES = List.of("en", "cy");

    /** The keys of {@code page} the feedback page needs, all required. */
    public static final List<String> PAGE_KEYS = List.of(
            "title",
            "intro",
            "session",
            "comment",
            "commentWarning",
            "send",
            "thanks",
            "already",
            "expired",
            "unknown",
            "empty",
            "tooLong",
            "busy",
            "codeLabel",
            "open",
            "otherLanguage");

    public ParentFeedbackForm {
        scale = List.copyOf(scale);
        items = List.copyOf(items);
        page = Map.copyOf(page);
    }

    /** A page text in the language ({@code cy} or anything else for English). */
    public String text(String key, String language) {
        Text text = page.get(key);
        return text == null ? key : text.in(language);
    }

    public Optional<Option> option(String id) {
        return scale.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** One text in English and Welsh. */
    public record Text(String en, String cy) {

        public String in(String language) {
            return "cy".equals(language) ? cy : en;
        }
    }

    /**
     * One answer of the scale.
     *
     * @param positive the answer counts towards the share answering positively
     * @param counted  false for "Don't know": it is left out of the share's base
     */
    public record Option(String id, Text label, boolean positive, boolean counted) {}

    /** One statement parents answer, with the competence ids it speaks to. */
    public record Item(String id, Text statement, List<String> competences) {

        public Item {
            competences = List.copyOf(competences);
        }
    }
}
