package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HolderNamesTest {

    private static final Instant EXPIRED = Instant.parse("2020-03-31T12:00:00Z");

    @Test
    void aNameIsShownUntilExpiryPlusTheRetentionMonthsAndWithheldFromThen() {
        assertFalse(HolderNames.withheld("Ada", EXPIRED, Instant.parse("2019-01-01T00:00:00Z"), 72), "valid");
        assertFalse(
                HolderNames.withheld("Ada", EXPIRED, Instant.parse("2026-03-31T11:59:59Z"), 72),
                "a second before 72 months after expiry");
        assertTrue(
                HolderNames.withheld("Ada", EXPIRED, Instant.parse("2026-03-31T12:00:00Z"), 72),
                "72 months after expiry");
        assertTrue(
                HolderNames.withheld("Ada", EXPIRED, Instant.parse("2020-03-31T12:00:00Z"), 0),
                "no retention: withheld at expiry");
    }

    @Test
    void anErasedHoldersBlankNameIsAlwaysWithheld() {
        assertTrue(HolderNames.withheld("", EXPIRED, Instant.parse("2020-04-01T00:00:00Z"), 72));
        assertTrue(HolderNames.withheld(null, EXPIRED, Instant.parse("2020-04-01T00:00:00Z"), 72));
    }

    @Test
    void aSettingThatIsNotAWholeNumberOfMonthsFromOneTo1200IsRefused() {
        assertTrue(HolderNames.months("36").isPresent());
        assertTrue(HolderNames.months(" 1200 ").isPresent());
        for (String bad : new String[] {null, "", "six", "0", "1201", "-1", "12 months"}) {
            assertFalse(HolderNames.months(bad).isPresent(), String.valueOf(bad));
        }
    }
}
