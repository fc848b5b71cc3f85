package org.attune.content;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a module's reference list: the number that claims cite it by ({@code [n]} in the Markdown, the same
 * number as in the domain brief's References), its text without that number, and its link when it has one.
 *
 * @param url an http(s) link or DOI URL, or null
 */
public record Reference(int number, String text, String url) {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)\\s*\\[(\\d{1,4})\\]$", Pattern.DOTALL);

    public Reference {
        Objects.requireNonNull(text, "text");
    }

    /** The id of its list entry on the module page, which a claim's marker links to. */
    public String anchor() {
        return anchorOf(number);
    }

    static String anchorOf(int number) {
        return "ref-" + number;
    }

    /** The source as the front matter writes it: the text ending in {@code [n]}. */
    public String source() {
        return text + " [" + number + "]";
    }

    /**
     * The reference a source text names by its trailing {@code [n]}, or null when it ends in no number.
     *
     * @param url the source's link, or null
     */
    static Reference of(String source, String url) {
        Matcher m = TRAILING_NUMBER.matcher(source.strip());
        return m.matches() ? new Reference(Integer.parseInt(m.group(2)), m.group(1), url) : null;
    }

    /**
     * Reads one line of a module's stored sources: the source, then a tab and its link when it has one. Lines
     * stored before links existed (the source alone) read as they were; a source without a number gives null.
     */
    public static Reference fromStoredLine(String line) {
        String[] parts = line.split("\t", 2);
        return of(parts[0], parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null);
    }

    /** The line {@link #fromStoredLine} reads back. */
    public String storedLine() {
        return source() + (url == null ? "" : "\t" + url);
    }
}
