package org.attune.workforce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attune.platform.Text;
import org.attune.testing.HostileCells;
import org.junit.jupiter.api.Test;

/** The manager's two CSV files run no formula whatever a facilitator's name or a certificate's details say. */
class WorkforceCsvTest {

    private static final Instant EXPIRES = Instant.parse("2028-01-31T00:00:00Z");

    @Test
    void rosterExportDefusesFormulasInEveryTextColumn() throws Exception {
        List<RosterRow> rows = new ArrayList<>();
        for (String hostile : HostileCells.VALUES) {
            rows.add(new RosterRow(
                    1, hostile, hostile, hostile, EXPIRES, hostile, hostile, Text.of("roster.alert.revoked")));
        }
        String csv = WorkforceService.csv(rows);
        HostileCells.assertNoFormula(csv, Set.of());
        assertEachRowDefused(csv, 0, 1, 2, 4, 5); // the alert (column 6) is a sentence of the bundle
    }

    @Test
    void bulkVerificationReportDefusesFormulasInEveryTextColumnAndKeepsRowNumbers() throws Exception {
        List<VerificationRow> rows = new ArrayList<>();
        int row = 1;
        for (String hostile : HostileCells.VALUES) {
            rows.add(
                    new VerificationRow(row++, hostile, hostile, hostile, hostile, hostile, EXPIRES, hostile, hostile));
        }
        rows.add(VerificationRow.error(row, "-1+2", "@SUM(A1)", "=1+1"));
        String csv = BulkVerification.report(rows);
        HostileCells.assertNoFormula(csv, Set.of(0));
        assertEachRowDefused(csv, 1, 2, 3, 4, 5, 7, 8);
    }

    private static void assertEachRowDefused(String csv, int... columns) throws Exception {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        for (int i = 0; i < HostileCells.VALUES.size(); i++) {
            for (int column : columns) {
                assertTrue(
                        HostileCells.defused(records.get(i + 1).get(column), HostileCells.VALUES.get(i)),
                        "column " + column + ": " + records.get(i + 1));
            }
        }
    }
}
