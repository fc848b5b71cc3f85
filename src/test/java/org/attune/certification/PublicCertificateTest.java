package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicCertificateTest {

    private static final Instant ISSUED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2029-01-10T09:00:00Z");

    private static PublicCertificate stored(Certificate.Stored stored, String competences) {
        return new PublicCertificate(
                "ATT-0000-0000-0000-0",
                stored,
                "Ann Holder",
                7L,
                "Tender Touch Training",
                "ACCREDITED",
                "ATT-IC",
                "Supporting parent-infant communication",
                "2026.1",
                "abc",
                competences,
                ISSUED,
                EXPIRES,
                null);
    }

    @Test
    void anActiveCertificateIsExpiredFromItsExpiryOnwards() {
        PublicCertificate c = stored(Certificate.Stored.ACTIVE, "Reading cues");
        assertEquals(CertificateStatus.ACTIVE, c.statusAt(EXPIRES.minus(Duration.ofSeconds(1))));
        assertEquals(CertificateStatus.EXPIRED, c.statusAt(EXPIRES));
    }

    @Test
    void suspensionAndRevocationShowWhateverTheDate() {
        assertEquals(
                CertificateStatus.SUSPENDED,
                stored(Certificate.Stored.SUSPENDED, "").statusAt(ISSUED));
        assertEquals(
                CertificateStatus.REVOKED,
                stored(Certificate.Stored.REVOKED, "").statusAt(EXPIRES.plusSeconds(9)));
    }

    @Test
    void competencesAreTheStoredLinesAndNoneWhenEmpty() {
        assertEquals(
                List.of("Reading cues", "Permission ritual"),
                stored(Certificate.Stored.ACTIVE, "Reading cues\nPermission ritual")
                        .competences());
        assertEquals(List.of(), stored(Certificate.Stored.ACTIVE, "").competences());
    }
}
