package org.attune.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Values that a spreadsheet would run as formulas, and a check that a CSV file Attune wrote runs none of them. */
public final class HostileCells {

    /** Each one starts a formula in some spreadsheet, directly or after white space. */
    public static final List<String> VALUES = List.of(
            "=HYPERLINK(\"http://x\")",
            "=HYPERLINK(\"http://x\")&\"@a.b",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            " =1",
            "\r=1",
            "\n=1",
            "\u00A0=1",
            "\uFF1D1+1");

    private static final Pattern FORMULA = Pattern.compile("(?s)[\\s\\u00A0]*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20].*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private HostileCells() {}

    /** The hostile value for the n-th row, so a file of several rows carries each of them. */
    public static String value(int n) {
        return VALUES.get(n % VALUES.size());
    }

    /**
     * Every cell after the header is harmless: it starts with a single quote or could not start a formula, except
     * the given columns, which must hold whole numbers.
     */
    public static void assertNoFormula(String csv, Set<Integer> numberColumns) throws IOException {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertTrue(records.size() > 1, "no rows in\n" + csv);
        for (CSVRecord record : records.subList(1, records.size())) {
            assertEquals(records.get(0).size(), record.size(), record.toString());
            for (int column = 0; column < record.size(); column++) {
                String cell = record.get(column);
                if (numberColumns.contains(column)) {
                    assertTrue(NUMBER.matcher(cell).matches(), "column " + column + " is not a number: " + cell);
                } else {
                    assertFalse(
                            !cell.startsWith("'")
                                    && (FORMULA.matcher(cell).matches()
                                            || cell.startsWith("\t")
                                            || cell.startsWith("\r")),
                            "column " + column + " could run as a formula: [" + cell + "]");
                }
            }
        }
    }

    /** Whether a cell holds the hostile value made into text with a leading quote. */
    public static boolean defused(String cell, String hostile) {
        return cell.equals("'" + hostile);
    }
}
