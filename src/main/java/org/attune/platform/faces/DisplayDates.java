package org.attune.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats instants for pages in UK time, e.g. {@code #{dates.dateTime(attempt.startedAt)}} gives
 * "26 Nov 2026, 18:40". Null gives an empty string.
 */
@Named("dates")
@ApplicationScoped
public class DisplayDates {

    /** The one time zone Attune shows and counts calendar days in (pages, e-mails, certificates, charts). */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** A date written out in full, e.g. "26 November 2026", for certificates and e-mails. */
    public static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZONE);

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A calendar date, e.g. "26 Nov 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** Milliseconds since the epoch, for scripts that count down to an instant. */
    public long epochMillis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }
}
