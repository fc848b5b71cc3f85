package org.attune.certification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a certificate that public verification shows, read by one query without the credential, the audit
 * columns or a managed entity: the look-up is the most frequent request Attune answers.
 */
public record PublicCertificate(String number, Certificate.Stored stored, String holderName, long organisationId,
        String organisationName, String accreditationAtIssue, String courseCode, String courseTitle,
        String syllabusLabel, String syllabusHash, String competenceLines, Instant issuedAt, Instant expiresAt,
        Instant statusChangedAt) {

    /** The JPQL select list matching the constructor, for queries over {@code Certificate c}. */
    static final String SELECT = "select new org.attune.certification.PublicCertificate(c.number.value, c.status,"
            + " c.holderName, c.organisationId, c.organisationName, c.accreditationAtIssue, c.courseCode,"
            + " c.courseTitle, c.syllabusLabel, c.syllabusHash, c.competences, c.issuedAt, c.expiresAt,"
            + " c.statusChangedAt) from Certificate c";

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
