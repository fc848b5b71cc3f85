package org.attune.certification;

import static org.attune.platform.persistence.QueryHints.READ_ONLY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.audit.AuditActor;
import org.attune.catalog.CompetenceDefinition;
import org.attune.catalog.CourseModule;
import org.attune.catalog.SyllabusVersion;
import org.attune.competence.SignOff;
import org.attune.competence.SignOffService;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.organisation.AccreditationService;
import org.attune.organisation.AccreditationStatus;
import org.attune.organisation.OrganisationService;
import org.attune.platform.Text;
import org.attune.quiz.CourseStanding;
import org.attune.quiz.QuizService;

/**
 * Who may have a certificate, and issuing it: every module read, every module quiz passed, observed practice signed
 * off (and confirmed where sampled), by a training organisation accredited at the time of sign-off. Issuing is
 * idempotent: the issue key {@code initial:<person>} is unique, so a second issue finds the first.
 */
@ApplicationScoped
public class CertificationService {

    private static final Logger LOG = Logger.getLogger(CertificationService.class.getName());

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private LearningService learning;

    @Inject
    private QuizService quizzes;

    @Inject
    private SignOffService signOffs;

    @Inject
    private AccreditationService accreditation;

    @Inject
    private OrganisationService organisations;

    @Inject
    private PeopleService people;

    @Inject
    private CertificateWriter writer;

    /** The checklist for a trainee's first certificate. */
    public Eligibility eligibility(Person trainee) {
        List<Eligibility.Check> checks = new ArrayList<>();
        Optional<Enrolment> enrolment = learning.existingEnrolment(trainee.id());
        List<CourseModule> modules =
                enrolment.map(e -> e.getSyllabus().coreModules()).orElse(List.of());
        CourseStanding standing =
                enrolment.map(e -> quizzes.standing(e.getId(), modules)).orElse(CourseStanding.NOT_STARTED);
        checks.add(new Eligibility.Check(
                Text.of("check.modulesRead"),
                standing.allRead(),
                Text.of("check.modulesRead.detail", standing.modulesRead(), standing.modules())));
        checks.add(new Eligibility.Check(
                Text.of("check.quizzesPassed"),
                standing.allPassed(),
                Text.of("check.quizzesPassed.detail", standing.quizzesPassed(), standing.modules())));
        Optional<SignOff> signOff = signOffs.inForce(trainee.id());
        checks.add(new Eligibility.Check(
                Text.of("check.signedOff"),
                signOff.filter(SignOff::counts).isPresent(),
                Text.of(
                        signOff.isEmpty()
                                ? "check.signedOff.notYet"
                                : signOff.get().counts()
                                        ? "check.signedOff.done"
                                        : "check.signedOff.awaitingModeration")));
        AccreditationStatus atSignOff = signOff.map(s -> accreditation.statusAt(s.getOrganisationId(), s.getSignedAt()))
                .orElse(AccreditationStatus.NONE);
        checks.add(new Eligibility.Check(
                Text.of("check.accredited"),
                atSignOff.accredited(),
                Text.of(
                        signOff.isEmpty()
                                ? "check.accredited.atSignOff"
                                : atSignOff.accredited() ? "check.accredited.yes" : "check.accredited.no")));
        return new Eligibility(checks);
    }

    /** The trainee's certificates, newest first. */
    public List<Certificate> certificatesOf(long personId) {
        return em.createQuery(
                        "select c from Certificate c where c.personId = :p order by c.issuedAt desc, c.id desc",
                        Certificate.class)
                .setParameter("p", personId)
                .getResultList();
    }

    /** The people whose newest certificate the training organisation issued (a renewal keeps the organisation). */
    public List<Long> holdersCertifiedBy(long organisationId) {
        return em.createQuery(
                        "select distinct c.personId from Certificate c where c.organisationId = :o and not exists"
                                + " (select n.id from Certificate n where n.personId = c.personId and n.issuedAt >"
                                + " c.issuedAt)",
                        Long.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    /**
     * Issues the trainee's certificate if every criterion holds and they have none; returns it if they have one.
     * Reads in a transaction; the certificate is written, and looked for, in transactions of their own, so a
     * certificate another request committed meanwhile is seen.
     */
    @Transactional
    public Optional<Certificate> issueIfEligible(Person trainee) {
        Optional<Certificate> existing = writer.existing(initialKey(trainee.id()));
        if (existing.isPresent()) {
            return existing;
        }
        if (!eligibility(trainee).ready()) {
            return Optional.empty();
        }
        SignOff signOff = signOffs.inForce(trainee.id()).orElseThrow();
        SyllabusVersion syllabus =
                learning.existingEnrolment(trainee.id()).orElseThrow().getSyllabus();
        Certificate.Facts facts = new Certificate.Facts(
                trainee.id(),
                trainee.displayName(),
                signOff.getOrganisationId(),
                organisations.find(signOff.getOrganisationId()).orElseThrow().getName(),
                accreditation
                        .statusAt(signOff.getOrganisationId(), signOff.getSignedAt())
                        .status(),
                signOff.getSignedBy(),
                signOffs.nameOf(signOff.getSignedBy()),
                syllabus.getCourseCode(),
                syllabus.getCourseTitle(),
                syllabus.getId(),
                syllabus.getVersionLabel(),
                syllabus.getContentHash(),
                syllabus.competences().stream()
                        .map(CompetenceDefinition::getTitle)
                        .toList());
        return Optional.of(write(
                facts, syllabus.getValidityMonths(), initialKey(trainee.id()), null, AuditActor.person(trainee.id())));
    }

    /**
     * Records a certificate issued before or outside Attune's own checks (moving an existing register across, and
     * the run mode's demo data), with its original dates; it is signed and verifiable like any other.
     */
    public Certificate record(Certificate.Facts facts, Instant issuedAt, Instant expiresAt, String actor) {
        return writer.write(
                facts, issuedAt, expiresAt, "record:" + facts.personId() + ":" + issuedAt.toEpochMilli(), null, actor);
    }

    /** Issues for the person with this id, if eligible, in a new transaction (the event observers' way in). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void issueIfEligible(long personId) {
        people.find(personId).ifPresent(this::issueIfEligible);
    }

    /** Writes a certificate; when another request wrote the same one first, returns theirs. */
    Certificate write(Certificate.Facts facts, int validityMonths, String issueKey, Long supersedes, String actor) {
        Instant now = clock.instant();
        Instant expires = now.atZone(ZoneOffset.UTC).plusMonths(validityMonths).toInstant();
        try {
            return writer.write(facts, now, expires, issueKey, supersedes, actor);
        } catch (RuntimeException e) {
            Optional<Certificate> first = writer.existing(issueKey);
            if (first.isPresent()) {
                LOG.log(Level.FINE, "Certificate {0} was issued by a concurrent request", issueKey);
                return first.get();
            }
            throw e;
        }
    }

    static String initialKey(long personId) {
        return "initial:" + personId;
    }

    /** A certificate by its number, read-only (downloads of the PDF and the credential). */
    public Optional<Certificate> find(CertificateNumber number) {
        return em
                .createQuery("select c from Certificate c where c.number.value = :n", Certificate.class)
                .setParameter("n", number.value())
                .setHint(READ_ONLY, "true")
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The certificate's signed credential; empty for one issued before credentials were signed. */
    public Optional<CertificateCredential> credentialOf(Certificate certificate) {
        return Optional.ofNullable(em.find(CertificateCredential.class, certificate.getId()));
    }

    public Optional<Certificate> find(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }
}
