package org.attune.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import lombok.Getter;
import org.attune.certification.CertificateNumber;
import org.attune.certification.OpenBadgeCredential;
import org.attune.certification.Verification;
import org.attune.certification.VerificationService;
import org.omnifaces.util.Faces;

/**
 * Backs {@code verify.xhtml} ({@code /verify} and {@code /verify/{number}}): anyone types or scans a certificate
 * number and sees its status in words and colour, the holder's name, the training organisation and its
 * accreditation, the course, syllabus version and dates. A mistyped number is told apart from an unknown one.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    private VerificationService verification;

    @Getter
    private String number;

    @Getter
    private String typed;

    @Getter
    private Verification result;

    @Getter
    private String problem;

    @Getter
    private String offeredName;
    /** The outcome of the name check: required, matches or differs; null before one. */
    @Getter
    private String nameCheck;

    public void load() {
        if (number == null || number.isBlank() || result != null || problem != null) {
            return;
        }
        typed = number;
        VerificationService.Outcome outcome = verification.verify(number);
        if (outcome instanceof VerificationService.Found found) {
            result = found.verification();
        } else if (outcome instanceof VerificationService.Mistyped) {
            problem = "mistyped";
        } else if (outcome instanceof VerificationService.NotFound) {
            problem = "unknown";
        } else {
            problem = "malformed";
        }
        if (result == null) {
            Faces.getResponse().setStatus(problem.equals("unknown") ? 404 : 400);
        }
    }

    /**
     * Checks the name the holder gives against the certificate's identity hash (a postback to the certificate's own
     * address, so the page shows the certificate again with the answer).
     */
    public void checkName() {
        load();
        if (result == null) {
            return;
        }
        if (offeredName == null || offeredName.isBlank()) {
            nameCheck = "required";
            return;
        }
        nameCheck = verification
                        .nameMatches(number, offeredName)
                        .filter(Boolean::booleanValue)
                        .isPresent()
                ? "matches"
                : "differs";
    }

    /** The course badge's path in the application, shown beside the result. */
    public String getBadgePath() {
        return result == null
                ? null
                : OpenBadgeCredential.badgePath(result.course().code());
    }

    /** The badge's text alternative, the caption the credential gives its image. */
    public String getBadgeCaption() {
        return result == null
                ? null
                : OpenBadgeCredential.badgeCaption(
                        result.course().code(), result.course().title());
    }

    public void setOfferedName(String offeredName) {
        this.offeredName = offeredName;
    }

    /** Sends the typed number to its own address, so the result can be bookmarked and shared. */
    public void check() throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/verify/" + CertificateNumber.addressSegment(typed));
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
