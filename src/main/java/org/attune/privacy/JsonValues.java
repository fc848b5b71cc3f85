package org.attune.privacy;

import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One database value as JSON: numbers and booleans as such, times in UTC (ISO 8601), everything else as text. */
final class JsonValues {

    private JsonValues() {}

    static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.write(name, d);
        } else if (value instanceof Double || value instanceof Float) {
            json.write(name, ((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            json.write(name, new BigDecimal(n.toString()));
        } else if (value instanceof Timestamp t) {
            json.write(name, t.toInstant().toString());
        } else if (value instanceof LocalDateTime t) {
            json.write(name, t.toInstant(ZoneOffset.UTC).toString());
        } else if (value instanceof OffsetDateTime t) {
            json.write(name, t.toInstant().toString());
        } else if (value instanceof Date d) {
            json.write(name, d.toLocalDate().toString());
        } else if (value instanceof LocalDate d) {
            json.write(name, d.toString());
        } else {
            json.write(name, value.toString());
        }
    }
}
