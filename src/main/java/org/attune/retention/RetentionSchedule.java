package org.attune.retention;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The retention schedule as configured: a value per {@link RetentionSetting}, and the settings whose configured value
 * was refused. A refused value shows as its default (for the privacy notice) but makes the schedule not
 * {@link #applicable()}: the daily job then deletes nothing, since deleting on a guessed period cannot be undone.
 */
public final class RetentionSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<RetentionSetting, Integer> values = new EnumMap<>(RetentionSetting.class);
    private final List<String> problems = new ArrayList<>();
    private final EnumSet<RetentionSetting> refused = EnumSet.noneOf(RetentionSetting.class);

    private RetentionSchedule() {}

    /** Reads every setting through {@code configured} (key to the configured text, if any). */
    public static RetentionSchedule read(Function<String, Optional<String>> configured) {
        RetentionSchedule schedule = new RetentionSchedule();
        for (RetentionSetting setting : RetentionSetting.values()) {
            Optional<String> text = configured.apply(setting.key()).filter(t -> !t.isBlank());
            OptionalInt value = text.map(setting::parse).orElse(OptionalInt.of(setting.defaultValue()));
            schedule.values.put(setting, value.orElse(setting.defaultValue()));
            if (value.isEmpty()) {
                schedule.refused.add(setting);
                schedule.problems.add(setting.environmentVariable() + "=\"" + abbreviated(text.get())
                        + "\" is not a whole number of " + setting.unit().name().toLowerCase(Locale.ROOT)
                        + " from " + setting.min() + " to " + setting.max());
            }
        }
        return schedule;
    }

    /** The defaults, as if nothing were configured. */
    public static RetentionSchedule defaults() {
        return read(key -> Optional.empty());
    }

    private static String abbreviated(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 20 ? printable.substring(0, 20) + "..." : printable;
    }

    public int value(RetentionSetting setting) {
        return values.get(setting);
    }

    /** The moment before which data under this setting is due for deletion, at {@code now}. */
    public Instant cutoff(RetentionSetting setting, Instant now) {
        int value = value(setting);
        return setting.unit() == RetentionSetting.Unit.MONTHS
                ? now.atZone(ZoneOffset.UTC).minusMonths(value).toInstant()
                : now.atZone(ZoneOffset.UTC).minusDays(value).toInstant();
    }

    /**
     * True when every value the job applies was accepted (a refused certificate-name setting, which the privacy feature
     * applies, is logged but does not stop this job).
     */
    public boolean applicable() {
        return Arrays.stream(RetentionKind.values()).noneMatch(kind -> refused.contains(kind.setting()));
    }

    /** One sentence per refused setting, naming its environment variable, for the log (no personal data). */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public Map<RetentionSetting, Integer> values() {
        return Collections.unmodifiableMap(values);
    }
}
