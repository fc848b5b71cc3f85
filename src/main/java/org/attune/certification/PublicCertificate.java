package org.attune.certification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a certificate that public verification shows, read by {@link PublicCertificates} without the
 * credential, the audit columns or a managed entity.
 */
public record PublicCertificate(
        String number,
        Certificate.Stored stored,
        String holderName,
        long organisationId,
        String organisationName,
        String accreditationAtIssue,
        String courseCode,
        String courseTitle,
        String syllabusLabel,
        String syllabusHash,
        String competenceLines,
        Instant issuedAt,
        Instant expiresAt,
        Instant statusChangedAt) {

    public CertificateNumber certificateNumber() {
        return CertificateNumber.stored(number);
    }

    public CertificateStatus statusAt(Instant now) {
        return stored.statusAt(expiresAt, now);
    }

    public List<String> competences() {
        return competenceLines.isEmpty() ? List.of() : Arrays.asList(competenceLines.split("\n"));
    }
}
