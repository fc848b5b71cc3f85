package org.attune.certification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.attune.platform.faces.Texts;

/**
 * What anyone checking a certificate number learns: the status, the holder's name (no other personal data), the
 * training organisation with its accreditation now and at issue, the course, syllabus version and dates. Also the
 * JSON body of {@code GET /api/v1/certificates/{number}}.
 */
public record Verification(
        String number,
        String status,
        String statusText,
        String holder,
        TrainingOrganisation trainingOrganisation,
        Course course,
        SyllabusVersion syllabusVersion,
        Instant issued,
        Instant expires,
        Instant statusChanged,
        List<String> competences,
        String verificationUrl)
        implements Serializable {

    /** The organisation that trained and signed off the holder. */
    public record TrainingOrganisation(String name, Accreditation accreditation) implements Serializable {}

    /** Its accreditation: status now and when the certificate was issued, and its focus statement. */
    public record Accreditation(String statusNow, String statusAtIssue, String focus, Instant validUntil)
            implements Serializable {}

    public record Course(String code, String title) implements Serializable {}

    public record SyllabusVersion(String label, String contentHash) implements Serializable {}

    /** The status as its type, for code that decides by it (the JSON carries it as a word). */
    public CertificateStatus statusType() {
        return CertificateStatus.fromJson(status);
    }

    static String words(CertificateStatus status) {
        return switch (status) {
            case ACTIVE -> Texts.english("verification.words.active");
            case EXPIRED -> Texts.english("verification.words.expired");
            case SUSPENDED -> Texts.english("verification.words.suspended");
            case REVOKED -> Texts.english("verification.words.revoked");
        };
    }
}
