package org.attune.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.certification.CertificateStatus;
import org.attune.certification.ExpiryWindow;
import org.attune.certification.Verification;
import org.attune.platform.Text;
import org.junit.jupiter.api.Test;

class RosterAlertTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Verification checked(String status, Instant expires) {
        return new Verification(
                "ATT-TEST",
                status,
                status,
                "Ada",
                null,
                null,
                null,
                NOW.minus(Duration.ofDays(900)),
                expires,
                null,
                List.of(),
                null);
    }

    @Test
    void eachStatusHasItsAlertAndAnActiveCertificateOnlyInsideTheExpiryWindow() {
        Instant far = NOW.plus(Duration.ofDays(ExpiryWindow.DAYS + 1));
        assertEquals(
                "roster.alert.revoked",
                WorkforceService.alert(checked("revoked", far), NOW).key());
        assertEquals(
                "roster.alert.suspended",
                WorkforceService.alert(checked("suspended", far), NOW).key());
        assertEquals(
                "roster.alert.expired",
                WorkforceService.alert(checked("expired", NOW.minusSeconds(1)), NOW)
                        .key());
        assertNull(WorkforceService.alert(checked("active", far), NOW), "valid for longer than the window");
        Text soon = WorkforceService.alert(checked("active", NOW.plus(Duration.ofDays(ExpiryWindow.DAYS))), NOW);
        assertEquals("roster.alert.expiresWithin", soon.key());
        assertEquals(List.of(ExpiryWindow.DAYS), soon.arguments());
    }

    @Test
    void theStatusWordsAreTheStatusTypesOwnAndNoOther() {
        for (CertificateStatus status : CertificateStatus.values()) {
            assertEquals(status, CertificateStatus.fromJson(status.json()));
        }
        assertThrows(IllegalArgumentException.class, () -> CertificateStatus.fromJson("Revoked"));
    }
}
