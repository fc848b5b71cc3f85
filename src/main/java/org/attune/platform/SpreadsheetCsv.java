package org.attune.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Attune writes a CSV file for people to open in a spreadsheet: every cell that is not a number goes
 * through {@link CsvCells#defuse(String)}, so no export can forget a column. Numbers the code writes as numbers
 * ({@link Number} values) stay numbers; {@code null} becomes an empty cell.
 *
 * <pre>{@code
 * String csv = SpreadsheetCsv.write(List.of("Name", "Sessions"), rows, r -> new Object[] {r.name(), r.sessions()});
 * }</pre>
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {}

    /** A header line, then one line per item with the cells {@code cells} gives for it. */
    public static <T> String write(Iterable<String> header, Iterable<T> items, Function<T, Object[]> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (String title : header) {
                printer.print(cell(title));
            }
            printer.println();
            for (T item : items) {
                for (Object value : cells.apply(item)) {
                    printer.print(cell(value));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        return CsvCells.defuse(value.toString());
    }
}
