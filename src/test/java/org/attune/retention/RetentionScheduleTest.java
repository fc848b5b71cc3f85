package org.attune.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The retention settings: defaults, accepted values, refused values named for the log, and cutoffs. */
class RetentionScheduleTest {

    private static RetentionSchedule configured(Map<String, String> values) {
        return RetentionSchedule.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withNothingConfiguredTheDocumentedDefaultsApply() {
        RetentionSchedule schedule = RetentionSchedule.defaults();
        assertTrue(schedule.applicable());
        assertEquals(12, schedule.value(RetentionSetting.EVIDENCE_MONTHS));
        assertEquals(30, schedule.value(RetentionSetting.UNFINISHED_REGISTRATION_DAYS));
        assertEquals(30, schedule.value(RetentionSetting.INVITATION_DAYS));
        assertEquals(90, schedule.value(RetentionSetting.SIGN_IN_DAYS));
        assertEquals(30, schedule.value(RetentionSetting.DELIVERED_MAIL_DAYS));
        assertEquals(72, schedule.value(RetentionSetting.CERTIFICATE_NAME_MONTHS));
    }

    @Test
    void eachSettingIsReadFromItsKeyWhichItsEnvironmentVariableOverrides() {
        RetentionSchedule schedule =
                configured(Map.of("attune.retention.evidence-months", " 24 ", "attune.retention.invitation-days", "0"));
        assertTrue(schedule.applicable());
        assertEquals(24, schedule.value(RetentionSetting.EVIDENCE_MONTHS));
        assertEquals(0, schedule.value(RetentionSetting.INVITATION_DAYS));
        assertEquals("ATTUNE_RETENTION_EVIDENCE_MONTHS", RetentionSetting.EVIDENCE_MONTHS.environmentVariable());
        assertEquals(
                "ATTUNE_RETENTION_CERTIFICATE_NAME_MONTHS",
                RetentionSetting.CERTIFICATE_NAME_MONTHS.environmentVariable());
    }

    @Test
    void aValueThatIsNotAWholeNumberInRangeIsRefusedNamedAndStopsTheSchedule() {
        for (String bad : new String[] {"12 months", "-1", "0", "121", "1e3", "99999999999", "١٢"}) {
            RetentionSchedule schedule = configured(Map.of("attune.retention.evidence-months", bad));
            assertFalse(schedule.applicable(), bad);
            assertEquals(12, schedule.value(RetentionSetting.EVIDENCE_MONTHS), "shown as the default: " + bad);
            assertEquals(1, schedule.problems().size());
            assertTrue(
                    schedule.problems().get(0).startsWith("ATTUNE_RETENTION_EVIDENCE_MONTHS="),
                    schedule.problems().get(0));
            assertTrue(
                    schedule.problems().get(0).contains("from 1 to 120"),
                    schedule.problems().get(0));
        }
        assertTrue(configured(Map.of("attune.retention.sign-in-days", "")).applicable(), "empty means the default");
        RetentionSchedule badNameSetting = configured(Map.of("attune.retention.certificate-name-months", "six"));
        assertTrue(badNameSetting.applicable(), "a setting the job does not apply stopped it");
        assertEquals(1, badNameSetting.problems().size(), "but it is still logged");
    }

    @Test
    void cutoffsCountCalendarMonthsAndDaysBackFromNow() {
        Instant now = Instant.parse("2026-11-30T03:17:00Z");
        RetentionSchedule schedule = RetentionSchedule.defaults();
        assertEquals(Instant.parse("2025-11-30T03:17:00Z"), schedule.cutoff(RetentionSetting.EVIDENCE_MONTHS, now));
        assertEquals(Instant.parse("2026-09-01T03:17:00Z"), schedule.cutoff(RetentionSetting.SIGN_IN_DAYS, now));
    }
}
