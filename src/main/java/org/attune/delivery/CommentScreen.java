package org.attune.delivery;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens a parent's comment before it is stored: e-mail addresses and phone numbers are replaced by a marker (the
 * form asks parents not to write them; some will), and a small list of swear words by asterisks. The comment is
 * stored only as screened, so nothing removed here is ever kept.
 */
public final class CommentScreen {

    public static final String EMAIL_REMOVED = "[e-mail removed]";
    public static final String PHONE_REMOVED = "[phone number removed]";

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+'-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\p{L}\\p{N}-]+(?:\\s*\\.\\s*[\\p{L}\\p{N}-]+)+",
            Pattern.CASE_INSENSITIVE);
    /** Nine or more digits, allowing a leading +, spaces, dots, dashes and brackets between them. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d(?:[\\s().-]{0,2}\\d){8,14}(?![\\p{N}])");

    private static final List<String> SWEAR_WORDS = List.of(
            "fuck",
            "fucking",
            "shit",
            "shite",
            "bitch",
            "bastard",
            "cunt",
            "dick",
            "twat",
            "wanker",
            "arsehole",
            "asshole",
            "bollocks",
            "crap",
            "piss");
    private static final Pattern SWEARING = Pattern.compile(
            "\\b(" + String.join("|", SWEAR_WORDS) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CommentScreen() {}

    /** The comment with addresses, numbers and swear words removed; null for a blank comment. */
    public static String screen(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String text = EMAIL.matcher(comment.strip()).replaceAll(Matcher.quoteReplacement(EMAIL_REMOVED));
        text = PHONE.matcher(text).replaceAll(Matcher.quoteReplacement(PHONE_REMOVED));
        Matcher swear = SWEARING.matcher(text);
        StringBuilder out = new StringBuilder();
        while (swear.find()) {
            swear.appendReplacement(out, "*".repeat(swear.group().length()));
        }
        swear.appendTail(out);
        return out.toString();
    }
}
