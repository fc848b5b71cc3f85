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

    @jakarta.transaction.Transactional
    public Outcome verify(String typed) {
        CertificateNumber.Parsed parsed = CertificateNumber.parse(typed);
        if (parsed.number().isEmpty()) {
            return parsed.problem() == CertificateNumber.Problem.MISTYPED ? new Mistyped() : new Malformed();
        }
        CertificateNumber number = parsed.number().get();
        return certification.find(number).<Outcome>map(c -> new Found(of(c)))
                .orElseGet(() -> new NotFound(number.value()));
    }

    /**
     * Many numbers at once (bulk verification): one query per thousand numbers and one accreditation look-up per
     * training organisation. Numbers not issued are missing from the answer.
     */
    public java.util.Map<String, Verification> verifyAll(java.util.Collection<CertificateNumber> numbers) {
        java.util.Map<String, Verification> found = new java.util.HashMap<>();
        java.util.Map<Long, AccreditationStatus> accreditations = new java.util.HashMap<>();
        java.util.List<String> values = numbers.stream().map(CertificateNumber::value).distinct().toList();
        for (int from = 0; from < values.size(); from += 1000) {
            for (Certificate c : certification.findAll(values.subList(from, Math.min(values.size(), from + 1000)))) {
                found.put(c.getNumber().value(), of(c, accreditations.computeIfAbsent(c.getOrganisationId(),
                        accreditation::current)));
            }
        }
        return found;
    }

    Verification of(Certificate c) {
        return of(c, currentAccreditation(c.getOrganisationId()));
    }

    /** An organisation's accreditation now, remembered for a few seconds: look-ups come in bursts. */
    private AccreditationStatus currentAccreditation(long organisationId) {
        long now = System.nanoTime();
        CachedStatus cached = accreditations.get(organisationId);
        if (cached != null && now - cached.at() < ACCREDITATION_TTL_NANOS) {
            return cached.status();
        }
        AccreditationStatus status = accreditation.current(organisationId);
        if (accreditations.size() > 10_000) {
            accreditations.clear();
        }
        accreditations.put(organisationId, new CachedStatus(status, now));
        return status;
    }

    private record CachedStatus(AccreditationStatus status, long at) {
    }

    private static final long ACCREDITATION_TTL_NANOS = 5_000_000_000L;
    private final java.util.concurrent.ConcurrentHashMap<Long, CachedStatus> accreditations =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Verification of(Certificate c, AccreditationStatus current) {
        Instant now = clock.instant();
        CertificateStatus status = c.statusAt(now);
        return new Verification(c.getNumber().value(), status.json(), Verification.words(status), c.getHolderName(),
                new Verification.TrainingOrganisation(c.getOrganisationName(), new Verification.Accreditation(
                        current.status(), c.getAccreditationAtIssue(), current.focus(), current.validUntil())),
                new Verification.Course(c.getCourseCode(), c.getCourseTitle()),
                new Verification.SyllabusVersion(c.getSyllabusLabel(), c.getSyllabusHash()), c.getIssuedAt(),
                c.getExpiresAt(), c.getStatusChangedAt(), c.getCompetences(), signer.urls().verify(c.getNumber()));
    }
}
