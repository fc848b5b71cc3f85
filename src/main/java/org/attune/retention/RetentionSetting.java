package org.attune.retention;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * One setting of the retention schedule: its MicroProfile Config key (and so its environment variable), its unit, its
 * default and the range accepted. {@link #parse} is the one place a configured value is judged.
 */
public enum RetentionSetting {
    /** Evidence files are deleted this many months after the sign-off they supported took effect. */
    EVIDENCE_MONTHS("attune.retention.evidence-months", Unit.MONTHS, 12, 1, 120),
    /** Accounts made for a trainee (a cohort import) whose password was never chosen go after this many days. */
    UNFINISHED_REGISTRATION_DAYS("attune.retention.unfinished-registration-days", Unit.DAYS, 30, 1, 3650),
    /** Invitation links go this many days after they expired or were withdrawn. */
    INVITATION_DAYS("attune.retention.invitation-days", Unit.DAYS, 30, 0, 3650),
    /** Sign-in throttle rows and known devices go this many days after they were last used. */
    SIGN_IN_DAYS("attune.retention.sign-in-days", Unit.DAYS, 90, 1, 3650),
    /** Delivered mail (its body already dropped at delivery) is forgotten this many days after delivery. */
    DELIVERED_MAIL_DAYS("attune.retention.delivered-mail-days", Unit.DAYS, 30, 1, 3650),
    /**
     * Months after a certificate expires until the verification page withholds the holder's name. Owned and applied
     * by the privacy feature; read here only so that the privacy notice states it.
     */
    CERTIFICATE_NAME_MONTHS("attune.retention.certificate-name-months", Unit.MONTHS, 72, 1, 1200);

    /** Whether a setting counts months or days. */
    public enum Unit {
        MONTHS,
        DAYS
    }

    private final String key;
    private final Unit unit;
    private final int defaultValue;
    private final int min;
    private final int max;

    RetentionSetting(String key, Unit unit, int defaultValue, int min, int max) {
        this.key = key;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    /** The value a configured text stands for: a whole number within the range; empty when it is not one. */
    public OptionalInt parse(String configured) {
        String text = configured == null ? "" : configured.strip();
        if (!text.matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value < min || value > max ? OptionalInt.empty() : OptionalInt.of(value);
    }

    public String key() {
        return key;
    }

    /** The environment variable that sets it, e.g. {@code ATTUNE_RETENTION_EVIDENCE_MONTHS}. */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public Unit unit() {
        return unit;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
