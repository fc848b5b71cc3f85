package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.account.Person;
import org.attune.audit.AuditActor;
import org.attune.catalog.CourseModule;
import org.attune.catalog.SyllabusVersion;
import org.attune.competence.PracticumService;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.platform.Failure;
import org.attune.platform.Text;
import org.attune.quiz.QuizService;

/**
 * Renewal: within {@value ExpiryWindow#DAYS} days of expiry (or after it), a holder who has read the CPD refresher
 * module, passed its quiz in the last 12 months and logged a practicum session within the manifest's renewal period
 * gets a new certificate (new number, expiry and credential) that names the one it supersedes. A delivery record
 * that a trainer accepted as CPD evidence ({@link RenewalReviewService}) stands in for the practicum session.
 */
@ApplicationScoped
public class RenewalService {

    @Inject
    private Clock clock;

    @Inject
    private CertificationService certification;

    @Inject
    private LearningService learning;

    @Inject
    private QuizService quizzes;

    @Inject
    private PracticumService practicum;

    @Inject
    private RenewalReviewService reviews;

    /** The certificate the holder could renew now: their newest, active or expired, within the window. */
    public Optional<Certificate> renewable(Person holder) {
        Instant now = clock.instant();
        return certification.certificatesOf(holder.id()).stream()
                .findFirst()
                .filter(c ->
                        c.statusAt(now) == CertificateStatus.ACTIVE || c.statusAt(now) == CertificateStatus.EXPIRED)
                .filter(c -> ExpiryWindow.isOpen(c.getExpiresAt(), now));
    }

    public Eligibility eligibility(Person holder) {
        Instant now = clock.instant();
        List<Eligibility.Check> checks = new ArrayList<>();
        Optional<Enrolment> enrolment = learning.existingEnrolment(holder.id());
        SyllabusVersion syllabus = enrolment.map(Enrolment::getSyllabus).orElse(null);
        Optional<CourseModule> refresher = syllabus == null
                ? Optional.empty()
                : syllabus.allModules().stream()
                        .filter(CourseModule::isRefresher)
                        .findFirst();
        Set<Long> read = enrolment.map(e -> learning.readSections(e.getId())).orElse(Set.of());
        checks.add(new Eligibility.Check(
                Text.of("renewal.check.refresherRead"),
                refresher.map(m -> LearningService.progress(m, read).complete()).orElse(false),
                refresher
                        .map(m -> Text.of("renewal.check.module", m.getTitle()))
                        .orElse(Text.of("renewal.check.noRefresher"))));
        Instant yearAgo = now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
        boolean quizPassed = enrolment.isPresent()
                && refresher.isPresent()
                && quizzes.attemptsOf(enrolment.get().getId()).stream()
                        .anyMatch(a -> a.getModuleKey().equals(refresher.get().getKey())
                                && a.isPassed()
                                && a.getSubmittedAt() != null
                                && a.getSubmittedAt().isAfter(yearAgo));
        checks.add(new Eligibility.Check(
                Text.of("renewal.check.quizPassed"),
                quizPassed,
                Text.of(quizPassed ? "renewal.check.quizPassed.yes" : "renewal.check.quizPassed.no")));
        int months = syllabus == null ? 12 : syllabus.getRenewalPracticumMonths();
        Instant since = now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
        boolean practised = practicum.sessionsOf(holder.id()).stream()
                .anyMatch(s ->
                        s.getDate().atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(since));
        boolean deliveryAccepted =
                !practised && renewable(holder).map(reviews::accepted).orElse(false);
        checks.add(new Eligibility.Check(
                Text.of("renewal.check.practised", months),
                practised || deliveryAccepted,
                practised
                        ? Text.of("renewal.check.practised.yes")
                        : deliveryAccepted
                                ? Text.of("renewal.check.practised.delivery")
                                : Text.of(
                                        "renewal.check.practised.no",
                                        since.toString().substring(0, 10))));
        return new Eligibility(checks);
    }

    /**
     * The holder's delivery record as CPD evidence for the certificate they could renew now: it stands for recent
     * practice once a trainer accepts it ({@link RenewalReviewService}). Empty outside the renewal window or when no
     * feature keeps delivery records.
     */
    public Optional<RenewalReviewService.Evidence> deliveryEvidence(Person holder) {
        return renewable(holder).flatMap(reviews::evidence);
    }

    /** Asks a trainer of the certificate's organisation to review the holder's delivery record for renewal. */
    public void putDeliveryRecordForward(Person holder) {
        Certificate certificate =
                renewable(holder).orElseThrow(() -> new Failure.Conflict("renewal.notYet", ExpiryWindow.DAYS));
        reviews.request(certificate, holder.id());
    }

    /** Renews the holder's renewable certificate; once per certificate (a second call returns the renewal). */
    @Transactional
    public Certificate renew(Person holder) {
        Certificate old =
                renewable(holder).orElseThrow(() -> new Failure.Conflict("renewal.notYet", ExpiryWindow.DAYS));
        if (!eligibility(holder).ready()) {
            throw new Failure.Conflict("renewal.notReady");
        }
        SyllabusVersion syllabus =
                learning.existingEnrolment(holder.id()).orElseThrow().getSyllabus();
        Certificate.Facts facts = new Certificate.Facts(
                holder.id(),
                holder.displayName(),
                old.getOrganisationId(),
                old.getOrganisationName(),
                old.getAccreditationAtIssue(),
                old.getSignedOffBy(),
                old.getSignedOffByName(),
                old.getCourseCode(),
                old.getCourseTitle(),
                old.getSyllabusVersionId(),
                old.getSyllabusLabel(),
                old.getSyllabusHash(),
                old.getCompetences());
        // the writer announces the renewal (CertificateChanged) in the transaction that writes it
        return certification.write(
                facts,
                syllabus.getValidityMonths(),
                "renewal:" + old.getId(),
                old.getId(),
                AuditActor.person(holder.id()));
    }
}
