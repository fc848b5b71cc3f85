package org.attune.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One list of records in the export: the rows of {@code table} that refer to the person through
 * {@code personColumns}, written under {@code key} in {@code file}. The SQL names the person as {@code {id}} (their
 * id), {@code {idtext}} (the id as text, as the audit log's actor), {@code {ref}} (the audit log's {@code person:<id>}) or {@code {email}}; these become bound parameters.
 */
public record ExportQuery(String file, String key, String table, Set<String> personColumns, String sql) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(id|idtext|ref|email)}");

    public ExportQuery {
        Objects.requireNonNull(file);
        Objects.requireNonNull(key);
        Objects.requireNonNull(table);
        personColumns = Set.copyOf(personColumns);
        Objects.requireNonNull(sql);
    }

    /** The SQL with each placeholder turned into {@code ?}. */
    public String jdbcSql() {
        return PLACEHOLDER.matcher(sql).replaceAll("?");
    }

    /** The values of the {@code ?}s, in order. */
    public List<Object> parameters(long personId, String email) {
        List<Object> values = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(sql);
        while (m.find()) {
            values.add(
                    switch (m.group(1)) {
                        case "id" -> personId;
                        case "idtext" -> String.valueOf(personId);
                        case "ref" -> "person:" + personId;
                        default -> email;
                    });
        }
        return values;
    }
}
