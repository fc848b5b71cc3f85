package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.organisation.AccreditationService;
import org.attune.organisation.AccreditationStatus;

/** Public verification by certificate number, for the page and the API alike. */
@ApplicationScoped
public class VerificationService {

    @Inject
    private Clock clock;

    @Inject
    private PublicCertificates certificates;

    @Inject
    private AccreditationService accreditation;

    @Inject
    private CredentialSigner signer;

    @Inject
    private CertificationService certification;

    @Inject
    private HolderNames holderNames;

    /** The outcome of checking a typed number. */
    public sealed interface Outcome permits Found, Malformed, Mistyped, NotFound {}

    public record Found(Verification verification) implements Outcome {}

    public record Malformed() implements Outcome {}

    public record Mistyped() implements Outcome {}

    public record NotFound(String number) implements Outcome {}

    /**
     * One query on the number's unique index, outside a transaction (nothing is written), plus the organisation's
     * accreditation now, remembered for a few seconds.
     */
    public Outcome verify(String typed) {
        CertificateNumber.Parsed parsed = CertificateNumber.parse(typed);
        if (parsed.number().isEmpty()) {
            return parsed.problem() == CertificateNumber.Problem.MISTYPED ? new Mistyped() : new Malformed();
        }
        CertificateNumber number = parsed.number().get();
        return certificates
                .find(number)
                .<Outcome>map(c -> new Found(of(c)))
                .orElseGet(() -> new NotFound(number.value()));
    }

    /**
     * Whether a name the holder offers is the name of the certificate with this number, checked as a verifier holding
     * the credential would: against its identity hash with its salt. Empty when there is no such certificate.
     */
    public Optional<Boolean> nameMatches(String typed, String offered) {
        return CertificateNumber.parse(typed)
                .number()
                .flatMap(certification::find)
                .map(c -> c.nameMatches(offered, () -> certification.credentialOf(c)));
    }

    /**
     * Many numbers at once (bulk verification): one query per thousand numbers and one accreditation look-up per
     * training organisation. Numbers not issued are missing from the answer.
     */
    public Map<String, Verification> verifyAll(Collection<CertificateNumber> numbers) {
        Map<String, Verification> found = new HashMap<>();
        Map<Long, AccreditationStatus> accreditations = new HashMap<>();
        List<String> values =
                numbers.stream().map(CertificateNumber::value).distinct().toList();
        for (int from = 0; from < values.size(); from += 1000) {
            for (PublicCertificate c :
                    certificates.findAll(values.subList(from, Math.min(values.size(), from + 1000)))) {
                found.put(
                        c.number(), of(c, accreditations.computeIfAbsent(c.organisationId(), accreditation::current)));
            }
        }
        return found;
    }

    Verification of(PublicCertificate c) {
        return of(c, currentAccreditation(c.organisationId()));
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

    private record CachedStatus(AccreditationStatus status, long at) {}

    private static final long ACCREDITATION_TTL_NANOS = 5_000_000_000L;
    private final ConcurrentHashMap<Long, CachedStatus> accreditations = new ConcurrentHashMap<>();

    private Verification of(PublicCertificate c, AccreditationStatus current) {
        Instant now = clock.instant();
        CertificateStatus status = c.statusAt(now);
        return new Verification(
                c.number(),
                status.json(),
                Verification.words(status),
                holderNames.shown(c, now),
                new Verification.TrainingOrganisation(
                        c.organisationName(),
                        new Verification.Accreditation(
                                current.status(), c.accreditationAtIssue(), current.focus(), current.validUntil())),
                new Verification.Course(c.courseCode(), c.courseTitle()),
                new Verification.SyllabusVersion(c.syllabusLabel(), c.syllabusHash()),
                c.issuedAt(),
                c.expiresAt(),
                c.statusChangedAt(),
                c.competences(),
                signer.urls().verify(c.certificateNumber()));
    }
}
