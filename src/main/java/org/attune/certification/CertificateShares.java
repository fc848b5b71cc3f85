package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.attune.account.Person;
import org.attune.content.CourseContent;
import org.attune.platform.faces.DisplayDates;

/**
 * The holder's public share page of a certificate ({@code /share/{number}}): what verification shows anyone (the
 * same rules, {@link HolderNames} among them), plus the achievement as the credential states it, the badge, and the
 * holder's "Add to LinkedIn profile" link. Nothing here is personal data that verification does not already show.
 */
@ApplicationScoped
public class CertificateShares {

    @Inject
    private VerificationService verification;

    @Inject
    private CertificationService certification;

    @Inject
    private CredentialSigner signer;

    @Inject
    private CertificateAccess access;

    /**
     * A certificate as its share page shows it.
     *
     * @param linkedInUrl LinkedIn's add-to-profile link, only while the certificate is valid
     * @param mayDownload whether the viewer may download the signed credential (the holder, their trainers,
     *        administrators; the same rule as the credential's own address)
     */
    public record Share(
            Verification verification,
            String achievementName,
            String achievementDescription,
            String badgePath,
            String badgeCaption,
            String shareUrl,
            String linkedInUrl,
            boolean mayDownload) {

        public boolean valid() {
            return CertificateStatus.ACTIVE.json().equals(verification.status());
        }
    }

    /** Either the share, or why there is none: {@code malformed}, {@code mistyped} or {@code unknown}. */
    public record Outcome(Share share, String problem) {}

    /** The share page of the typed number for this viewer (null: not signed in). */
    public Outcome share(String typed, Person viewer) {
        VerificationService.Outcome outcome = verification.verify(typed);
        if (outcome instanceof VerificationService.Mistyped) {
            return new Outcome(null, "mistyped");
        }
        if (outcome instanceof VerificationService.Malformed) {
            return new Outcome(null, "malformed");
        }
        if (!(outcome instanceof VerificationService.Found found)) {
            return new Outcome(null, "unknown");
        }
        Verification v = found.verification();
        CertificateNumber number = CertificateNumber.stored(v.number());
        Certificate certificate = certification.find(number).orElse(null);
        if (certificate == null) { // removed between the two reads
            return new Outcome(null, "unknown");
        }
        CourseContent.Qualification qualification = signer.qualification(certificate);
        String shareUrl = signer.urls().share(number);
        boolean valid = CertificateStatus.ACTIVE.json().equals(v.status());
        return new Outcome(
                new Share(
                        v,
                        qualification.name(),
                        OpenBadgeCredential.description(qualification),
                        OpenBadgeCredential.badgePath(v.course().code()),
                        OpenBadgeCredential.badgeCaption(
                                v.course().code(), v.course().title()),
                        shareUrl,
                        valid ? linkedIn(qualification.name(), v, shareUrl) : null,
                        access.mayDownload(viewer, certificate)),
                null);
    }

    private static String linkedIn(String name, Verification v, String shareUrl) {
        Instant issued = v.issued();
        return LinkedInProfileLink.of(
                name, v.trainingOrganisation().name(), issued, v.expires(), shareUrl, v.number(), DisplayDates.ZONE);
    }
}
