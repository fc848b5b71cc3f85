package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.attune.organisation.AccreditationService;
import org.attune.organisation.AccreditationStatus;

/** Public verification by certificate number, for the page and the API alike. */
@ApplicationScoped
public class VerificationService {

    @Inject
    private Clock clock;

    @Inject
    private CertificationService certification;

    @Inject
    private AccreditationService accreditation;

    @Inject
    private CredentialSigner signer;

    /** The outcome of checking a typed number. */
    public sealed interface Outcome permits Found, Malformed, Mistyped, NotFound {
    }

    public record Found(Verification verification) implements Outcome {
    }

    public record Malformed() implements Outcome {
    }

    public record Mistyped() implements Outcome {
    }

    public record NotFound(String number) implements Outcome {
    }

    public Outcome verify(String typed) {
        CertificateNumber.Parsed parsed = CertificateNumber.parse(typed);
        if (parsed.number().isEmpty()) {
            return parsed.problem() == CertificateNumber.Problem.MISTYPED ? new Mistyped() : new Malformed();
        }
        CertificateNumber number = parsed.number().get();
        return certification.find(number).<Outcome>map(c -> new Found(of(c)))
                .orElseGet(() -> new NotFound(number.value()));
    }

    Verification of(Certificate c) {
        Instant now = clock.instant();
        CertificateStatus status = c.statusAt(now);
        AccreditationStatus current = accreditation.current(c.getOrganisationId());
        return new Verification(c.getNumber().value(), status.json(), Verification.words(status), c.getHolderName(),
                new Verification.TrainingOrganisation(c.getOrganisationName(), new Verification.Accreditation(
                        current.status(), c.getAccreditationAtIssue(), current.focus(), current.validUntil())),
                new Verification.Course(c.getCourseCode(), c.getCourseTitle()),
                new Verification.SyllabusVersion(c.getSyllabusLabel(), c.getSyllabusHash()), c.getIssuedAt(),
                c.getExpiresAt(), c.getStatusChangedAt(), c.getCompetences(), signer.urls().verify(c.getNumber()));
    }
}
