package org.attune.organisation;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attune.account.PersonRules;
import org.attune.platform.CsvProblems;
import org.attune.platform.Text;

/**
 * Reads a cohort list: CSV with two columns, name and e-mail address, one trainee per line, with or without a
 * header line. Reports every problem with its line number; never stops at the first.
 */
public final class CohortCsv {

    public static final int MAX_ROWS = 1000;

    /** A trainee to import, from a line of the file. */
    public record Row(int line, String name, String email) implements Serializable {}

    /** Something wrong with a line (or with the whole file, at line 0). */
    public record Problem(int line, Text text) implements Serializable {

        /** The problem in words, from the bundle. */
        public String message() {
            return text.render();
        }
    }

    /** What the file says: the rows, and the problems that stop it from being imported. */
    public record Result(List<Row> rows, List<Problem> problems) implements Serializable {
        public boolean clean() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    private CohortCsv() {}

    public static Result read(Reader reader) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        int failedAt = 1;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            long previousEnd = 0;
            for (CSVRecord record : parser) {
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                failedAt = (int) previousEnd + 1;
                if (record.getRecordNumber() == 1 && isHeader(record)) {
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, Text.of("cohortCsv.tooMany", MAX_ROWS)));
                    break;
                }
                readRow(record, line, rows, problems, firstLineOfEmail);
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            // the parser's message names library classes: say what is wrong instead, at the line it could not read
            problems.add(new Problem(failedAt, Text.of("csv.problem.quotes")));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, Text.of("cohortCsv.empty")));
        }
        return new Result(List.copyOf(rows), List.copyOf(problems));
    }

    private static void readRow(
            CSVRecord record, int line, List<Row> rows, List<Problem> problems, Map<String, Integer> firstLineOfEmail) {
        if (record.stream().anyMatch(CsvProblems::notText)) {
            problems.add(new Problem(line, Text.of("csv.problem.notText")));
            return;
        }
        if (record.size() != 2) {
            problems.add(new Problem(line, Text.of("cohortCsv.columns", record.size())));
            return;
        }
        String name = record.get(0).replace("\uFEFF", "").strip();
        String email = PersonRules.normaliseEmail(record.get(1));
        boolean ok = true;
        if (name.isEmpty()) {
            problems.add(new Problem(line, Text.of("cohortCsv.nameMissing")));
            ok = false;
        } else if (name.length() > PersonRules.MAX_NAME) {
            problems.add(new Problem(line, Text.of("cohortCsv.nameTooLong", PersonRules.MAX_NAME)));
            ok = false;
        }
        if (email.isEmpty()) {
            problems.add(new Problem(line, Text.of("cohortCsv.emailMissing")));
            ok = false;
        } else if (!PersonRules.isValidEmail(email)) {
            problems.add(new Problem(line, Text.of("cohortCsv.notAnEmail", record.get(1))));
            ok = false;
        } else if (firstLineOfEmail.containsKey(email)) {
            problems.add(new Problem(line, Text.of("cohortCsv.emailTwice", email, firstLineOfEmail.get(email))));
            ok = false;
        } else {
            firstLineOfEmail.put(email, line);
        }
        if (ok) {
            rows.add(new Row(line, name, email));
        }
    }

    private static boolean isHeader(CSVRecord record) {
        return record.size() == 2
                && record.get(0)
                        .replace("\uFEFF", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .equals("name")
                && record.get(1)
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("-", "")
                        .startsWith("email");
    }
}
