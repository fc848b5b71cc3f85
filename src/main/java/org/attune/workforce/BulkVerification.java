package org.attune.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attune.certification.CertificateNumber;
import org.attune.certification.Verification;
import org.attune.certification.VerificationService;
import org.attune.platform.CsvProblems;
import org.attune.platform.Failure;
import org.attune.platform.SpreadsheetCsv;
import org.attune.platform.faces.Texts;

/**
 * Checks many certificate numbers at once: a CSV of numbers, optionally with the holder's name in the second column
 * (a header row naming them is allowed), one result per input row in the same order. Batched lookups, so thousands
 * of rows take well under a second.
 */
@ApplicationScoped
public class BulkVerification {

    public static final int MAX_ROWS = 10_000;

    @Inject
    private VerificationService verification;

    /** Input that cannot be read as CSV at all, or is too long: a problem with the field "file". */
    public static class UnreadableCsvException extends Failure.Invalid {

        private static final long serialVersionUID = 1L;

        public UnreadableCsvException(String key, Object... arguments) {
            super("file", key, arguments);
        }
    }

    public List<VerificationRow> verify(String csv) {
        List<CSVRecord> records = new ArrayList<>();
        long failedAt = 1;
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new StringReader(csv == null ? "" : csv.replace("\uFEFF", "")))) {
            for (CSVRecord record : parser) {
                if (record.stream().anyMatch(CsvProblems::notText)) {
                    throw new UnreadableCsvException("csv.problem.atLine", failedAt, CsvProblems.notText());
                }
                records.add(record);
                failedAt = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // the parser's message names library classes: say what is wrong instead, at the line it could not read
            throw new UnreadableCsvException("csv.problem.atLine", failedAt, CsvProblems.quotes());
        }
        if (!records.isEmpty() && isHeader(records.get(0))) {
            records = records.subList(1, records.size());
        }
        if (records.isEmpty()) {
            throw new UnreadableCsvException("bulk.noRows");
        }
        if (records.size() > MAX_ROWS) {
            throw new UnreadableCsvException("bulk.tooManyRows", MAX_ROWS, records.size());
        }
        List<CertificateNumber> wellFormed = new ArrayList<>();
        List<CertificateNumber.Parsed> parsed = new ArrayList<>();
        for (CSVRecord record : records) {
            CertificateNumber.Parsed p = CertificateNumber.parse(record.get(0));
            parsed.add(p);
            p.number().ifPresent(wellFormed::add);
        }
        Map<String, Verification> found = verification.verifyAll(wellFormed);
        List<VerificationRow> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int row = (int) record.getRecordNumber();
            String typed = record.get(0);
            String name = record.size() > 1 ? record.get(1) : "";
            CertificateNumber.Parsed p = parsed.get(i);
            if (typed.isBlank()) {
                rows.add(VerificationRow.error(row, typed, name, "empty"));
            } else if (p.number().isEmpty()) {
                rows.add(VerificationRow.error(
                        row,
                        typed,
                        name,
                        p.problem() == CertificateNumber.Problem.MISTYPED ? "mistyped" : "badly formed"));
            } else {
                Verification v = found.get(p.number().get().value());
                if (v == null) {
                    rows.add(VerificationRow.error(row, p.number().get().value(), name, "not found"));
                } else if (!name.isBlank() && !NameMatch.matches(name, v.holder())) {
                    rows.add(VerificationRow.error(row, v.number(), name, "name mismatch"));
                } else {
                    rows.add(new VerificationRow(
                            row,
                            v.number(),
                            name,
                            v.status(),
                            null,
                            v.holder(),
                            v.expires(),
                            v.trainingOrganisation().name(),
                            v.trainingOrganisation().accreditation().statusNow()));
                }
            }
        }
        return rows;
    }

    private static boolean isHeader(CSVRecord first) {
        String cell = first.get(0).toLowerCase(Locale.ROOT);
        return cell.contains("number") || cell.contains("certificate");
    }

    /** The results as a CSV report, one line per input row. */
    public static String report(List<VerificationRow> rows) {
        return SpreadsheetCsv.write(
                Stream.of(
                                "row",
                                "number",
                                "name",
                                "status",
                                "error",
                                "holder",
                                "expires",
                                "trainingOrganisation",
                                "accreditation")
                        .map(c -> Texts.english("bulk.csv." + c))
                        .toList(),
                rows,
                r -> new Object[] {
                    r.row(),
                    r.number(),
                    r.name(),
                    r.status(),
                    r.error(),
                    r.holder(),
                    r.expires() == null ? null : r.expires().toString().substring(0, 10),
                    r.trainingOrganisation(),
                    r.accreditation()
                });
    }
}
