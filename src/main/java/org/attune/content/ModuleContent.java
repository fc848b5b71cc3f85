package org.attune.content;

import java.util.List;

/**
 * One module: its front matter and its Markdown body (rendered safely by the learning pages).
 *
 * @param sources the front matter's sources as written (each ending in its number {@code [n]})
 * @param references the same sources as the numbered list that the body's {@code [n]} markers cite
 * @param minutes the study time: reading at {@link #WORDS_PER_MINUTE} plus the activities
 * @param activities the study tasks beyond reading (a reflection, a practice task), each with its time
 */
public record ModuleContent(
        String id,
        String fileName,
        String title,
        List<String> outcomes,
        int minutes,
        List<Activity> activities,
        List<String> sources,
        List<Reference> references,
        String markdown,
        int wordCount) {

    /** The reading speed study times assume. */
    public static final int WORDS_PER_MINUTE = 200;

    /** One study task of a module: what to do, and the minutes it takes. */
    public record Activity(String title, int minutes) {}

    /** Minutes to read the text at {@link #WORDS_PER_MINUTE}, rounded up. */
    public static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
