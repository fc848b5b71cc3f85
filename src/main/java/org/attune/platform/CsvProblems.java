package org.attune.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a person is told when a CSV file they sent cannot be read: the problem in words they can act on, never the
 * parser's exception (whose message names library classes and Java exceptions).
 */
public final class CsvProblems {

    private CsvProblems() {}

    /** A line the CSV parser gave up on: in practice always a double quote that is not closed or is misplaced. */
    public static String quotes() {
        return text("csv.problem.quotes");
    }

    /** A line with characters no text file has: the file is not CSV (a spreadsheet or an image, for example). */
    public static String notText() {
        return text("csv.problem.notText");
    }

    /** The problem of one line, naming the line, for answers that are not a table of lines. */
    public static String atLine(long line, String problem) {
        return new MessageFormat(text("csv.problem.atLine"), Locale.UK).format(new Object[] {line, problem});
    }

    /**
     * Whether a cell holds something no text file has: NUL and other control characters (tabs apart), or the
     * replacement character a UTF-8 decoder puts where the bytes were not text.
     */
    public static boolean notText(String cell) {
        if (cell == null) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\uFFFD' || c < ' ' && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("org.attune.i18n.messages", Locale.UK).getString(key);
    }
}
