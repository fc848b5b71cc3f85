package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.attune.testing.HostileCells;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void everyCellThatCouldStartAFormulaGetsALeadingQuote() {
        for (String hostile : HostileCells.VALUES) {
            assertEquals("'" + hostile, CsvCells.defuse(hostile), hostile);
        }
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        for (String text : List.of(
                "Ann Lee",
                "ATT-0000-0000-0000-0",
                "2027-03-01",
                "a@example.org",
                "O'Neill",
                "Failed the \"Cues\" quiz 2 times",
                "3 - 2")) {
            assertEquals(text, CsvCells.defuse(text));
        }
        assertEquals("", CsvCells.defuse(""));
        assertNull(CsvCells.defuse(null));
    }

    @Test
    void spreadsheetCsvDefusesEveryTextCellAndLeavesNumbersAlone() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (String hostile : HostileCells.VALUES) {
            rows.add(new Object[] {hostile, -3, 7L, hostile, null});
        }
        String csv = SpreadsheetCsv.write(List.of("text", "minus", "count", "more", "empty"), rows, r -> r);
        HostileCells.assertNoFormula(csv, Set.of(1, 2));
        String[] lines = csv.split("\r\n");
        assertEquals("text,minus,count,more,empty", lines[0]);
        assertEquals(HostileCells.VALUES.size() + 1, Arrays.stream(lines).count());
        assertEquals("'+1+1,-3,7,'+1+1,", lines[3]);
    }

    /** No export can forget to defuse a cell: only {@link SpreadsheetCsv} prints CSV. */
    @Test
    void onlySpreadsheetCsvPrintsCsv() throws Exception {
        List<String> printers = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(source).contains("CSVPrinter")) {
                    printers.add(source.getFileName().toString());
                }
            }
        }
        assertEquals(List.of("SpreadsheetCsv.java"), printers);
    }
}
