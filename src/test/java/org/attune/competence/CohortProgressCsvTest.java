package org.attune.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class CohortProgressCsvTest {

    @Test
    void exportHasAHeaderAndOneLinePerTraineeWithFormulasDefused() {
        TraineeProgress row = new TraineeProgress(
                1,
                "=HYPERLINK(\"x\")",
                "a@example.org",
                List.of("Spring", "Autumn"),
                3,
                2,
                8,
                4,
                5,
                7,
                12,
                "SIGNED_OFF",
                Instant.parse("2027-03-01T10:00:00Z"),
                List.of(Text.of("progress.attention.quiet", 14)));
        String csv = CohortProgressService.csv(List.of(row));
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("Name,Email,Cohorts,Modules read"));
        assertTrue(
                lines[1].startsWith(
                        "\"'=HYPERLINK(\"\"x\"\")\",a@example.org,Spring; Autumn,3,2,8,4,5,7,12,SIGNED_OFF,"),
                lines[1]);
    }

    @Test
    void formulasInAnyTextColumnAreDefusedAndCountsStayNumbers() throws Exception {
        List<TraineeProgress> rows = new ArrayList<>();
        for (String hostile : HostileCells.VALUES) {
            rows.add(new TraineeProgress(
                    1,
                    hostile,
                    hostile,
                    List.of(hostile),
                    3,
                    2,
                    8,
                    4,
                    5,
                    7,
                    12,
                    hostile,
                    null,
                    List.of(Text.of("progress.attention.failedQuiz", hostile, 2))));
        }
        String csv = CohortProgressService.csv(rows);
        HostileCells.assertNoFormula(csv, Set.of(3, 4, 5, 6, 7, 8, 9));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        for (int i = 0; i < HostileCells.VALUES.size(); i++) {
            String hostile = HostileCells.VALUES.get(i);
            for (int column : new int[] {0, 1, 2, 10}) { // 12, the attention, is a sentence of the bundle
                assertTrue(
                        HostileCells.defused(records.get(i + 1).get(column), hostile),
                        records.get(i + 1).toString());
            }
        }
    }

    @Test
    void percentagesAreOfTheTargetAndNeverAboveAHundred() {
        TraineeProgress row = new TraineeProgress(1, "A", "a@x", List.of(), 8, 4, 8, 7, 5, 0, 12, "", null, List.of());
        assertEquals(100, row.modulesPercent());
        assertEquals(50, row.quizzesPercent());
        assertEquals(100, row.practicumPercent());
        assertEquals(0, row.competencesPercent());
    }
}
