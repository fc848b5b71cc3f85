package org.attune.platform;

/**
 * Cells of CSV files Attune writes for spreadsheets. A spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula (CSV injection), also after leading spaces, and a leading tab or carriage
 * return can hide such a start; {@link #defuse(String)} makes those cells text, as OWASP's CSV injection guidance says.
 * Write files with {@link SpreadsheetCsv}, which defuses every text cell.
 */
public final class CsvCells {

    /** First characters (after any leading white space) that make a spreadsheet read a formula, full-width too. */
    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvCells() {}

    /** The cell with a leading single quote when a spreadsheet could read it as a formula; otherwise unchanged. */
    public static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        if (cell.charAt(0) == '\t' || cell.charAt(0) == '\r') {
            return "'" + cell;
        }
        int i = 0;
        while (i < cell.length() && isSpace(cell.charAt(i))) {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0 ? "'" + cell : cell;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
