package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.catalog.SyllabusVersion;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationService;
import org.attune.platform.Failure;
import org.attune.platform.persistence.QueryHints;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-off of observed practice, its moderation by a second trainer and reopening by a lead trainer. Every step
 * is audited; only a sign-off in the state {@link SignOffState#SIGNED_OFF} counts for certification.
 */
@ApplicationScoped
public class SignOffService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private TraineeAccess access;

    @Inject
    private ObservationService observations;

    @Inject
    private PracticumService practicum;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Event<PracticeSignedOff> signedOff;

    @Inject
    private Event<SignOffChanged> changed;

    @Inject
    @ConfigProperty(name = "attune.moderation.sample-percent", defaultValue = "20")
    private int samplePercent;

    private final SecureRandom random = new SecureRandom();

    /** What a trainee still needs before a sign-off, for the trainee or a trainer of their organisation. */
    public Eligibility eligibility(Person trainee) {
        SyllabusVersion syllabus =
                access.syllabusOf(trainee).orElseThrow(() -> new Failure.Conflict("course.notImported"));
        CompetenceRecord record = observations.record(trainee);
        return new Eligibility(record.missing(), record.rows().size(), practicum.practicum(trainee.id(), syllabus));
    }

    /**
     * A trainer of the trainee's own organisation signs the trainee off; sampled for moderation as
     * {@link ModerationSampling} says.
     */
    @Transactional
    public SignOff signOff(Person trainer, long traineeId) {
        PracticeLock.trainee(em, traineeId); // first: an observation being saved is waited for, then counted
        Person trainee = access.trainee(trainer, traineeId);
        Eligibility eligibility = eligibility(trainee);
        if (!eligibility.ready()) {
            throw eligibility.practicum().met()
                    ? new Failure.Conflict("signOff.competencesMissing", eligibility.getMissingText())
                    : new Failure.Conflict("signOff.practicumNotMet");
        }
        if (inForce(traineeId).isPresent()) {
            throw new Failure.Conflict("signOff.already");
        }
        Organisation organisation = organisations.organisationOf(trainer).orElseThrow();
        long earlier = em.createQuery("select count(s) from SignOff s where s.signedBy = :t", Long.class)
                .setParameter("t", trainer.id())
                .getSingleResult();
        boolean sampled = new ModerationSampling(samplePercent, random).sample(earlier);
        SignOff signOff = new SignOff(traineeId, organisation.getId(), trainer.id(), clock.instant(), sampled);
        em.persist(signOff);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Failure.Conflict("signOff.raced");
        }
        audit.record(
                AuditActor.person(trainer.id()),
                "PRACTICE_SIGNED_OFF",
                "person:" + traineeId,
                sampled ? "sampled for moderation" : "not sampled");
        if (signOff.counts()) {
            signedOff.fire(new PracticeSignedOff(traineeId));
        } else {
            changed.fire(SignOffChanged.of(SignOffChanged.Kind.AWAITING_MODERATION, signOff, null, null));
        }
        return signOff;
    }

    /** The sign-off in force for a trainee (awaiting moderation or standing), if any. */
    public Optional<SignOff> inForce(long traineeId) {
        return SignOff.inForce(em, traineeId);
    }

    /** Whether the trainee's practice is signed off in a way that counts for certification. */
    public boolean countsForCertification(long traineeId) {
        return inForce(traineeId).filter(SignOff::counts).isPresent();
    }

    /** Every sign-off of a trainee, newest first. */
    public List<SignOff> historyOf(long traineeId) {
        return em.createQuery(
                        "select s from SignOff s where s.traineeId = :t order by s.signedAt desc, s.id desc",
                        SignOff.class)
                .setParameter("t", traineeId)
                .getResultList();
    }

    /** The latest sign-off of each of these trainees (as the head of {@link #historyOf}), by trainee id; one query. */
    public Map<Long, SignOff> latestOf(Collection<Long> traineeIds) {
        Map<Long, SignOff> latest = new HashMap<>();
        if (traineeIds.isEmpty()) {
            return latest;
        }
        em.createQuery(
                        "select s from SignOff s where s.traineeId in :t order by s.signedAt desc, s.id desc",
                        SignOff.class)
                .setParameter("t", List.copyOf(traineeIds))
                .setHint(QueryHints.READ_ONLY, "true")
                .getResultStream()
                .forEach(s -> latest.putIfAbsent(s.getTraineeId(), s));
        return latest;
    }

    /** Sign-offs of the trainer's organisation that wait for moderation by someone other than their signer. */
    public List<SignOff> awaitingModeration(Person trainer) {
        Optional<Organisation> own = organisations.organisationOf(trainer).filter(Organisation::isTraining);
        if (own.isEmpty() || !trainer.hasRole(Role.TRAINER)) {
            return List.of();
        }
        return em.createQuery(
                        "select s from SignOff s where s.organisationId = :o and s.state = :state"
                                + " and s.signedBy <> :me and s.traineeId <> :me order by s.signedAt",
                        SignOff.class)
                .setParameter("o", own.get().getId())
                .setParameter("state", SignOffState.AWAITING_MODERATION)
                .setParameter("me", trainer.id())
                .getResultList();
    }

    /** A second trainer of the same organisation confirms a sampled sign-off. */
    @Transactional
    public void confirm(Person moderator, long signOffId, String comment) {
        SignOff signOff = moderatable(moderator, signOffId);
        signOff.confirm(moderator.id(), comment, clock.instant());
        signedOff.fire(new PracticeSignedOff(signOff.getTraineeId()));
        audit.record(
                AuditActor.person(moderator.id()),
                "SIGN_OFF_CONFIRMED",
                "person:" + signOff.getTraineeId(),
                "sign-off " + signOffId + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        changed.fire(SignOffChanged.of(SignOffChanged.Kind.CONFIRMED, signOff, moderator.id(), comment));
    }

    /** A second trainer of the same organisation returns a sampled sign-off with comments. */
    @Transactional
    public void returnWithComments(Person moderator, long signOffId, String comments) {
        if (comments == null || comments.strip().length() < 10) {
            throw new Failure.Invalid("comments", "moderation.comments.required");
        }
        SignOff signOff = moderatable(moderator, signOffId);
        signOff.returnWith(moderator.id(), comments, clock.instant());
        audit.record(
                AuditActor.person(moderator.id()),
                "SIGN_OFF_RETURNED",
                "person:" + signOff.getTraineeId(),
                "sign-off " + signOffId + ": " + comments.strip());
        changed.fire(SignOffChanged.of(SignOffChanged.Kind.RETURNED, signOff, moderator.id(), comments));
    }

    private SignOff moderatable(Person moderator, long signOffId) {
        SignOff signOff = em.find(SignOff.class, signOffId);
        if (signOff == null
                || !moderator.hasRole(Role.TRAINER)
                || organisations
                        .organisationOf(moderator)
                        .map(o -> !Objects.equals(o.getId(), signOff.getOrganisationId()))
                        .orElse(true)) {
            throw new Failure.NotAllowed("moderation.notYourOrganisation");
        }
        return signOff;
    }

    /** A person's display name, for the sign-off history. */
    public String nameOf(long personId) {
        return observations.nameOf(personId);
    }

    /** A lead trainer of the issuing organisation reopens a sign-off in force, with a reason. */
    @Transactional
    public void reopen(Person lead, long signOffId, String reason) {
        if (reason == null || reason.strip().length() < 10) {
            throw new Failure.Invalid("reason", "signOff.reopen.reason");
        }
        SignOff signOff = em.find(SignOff.class, signOffId);
        if (signOff == null
                || !lead.hasRole(Role.LEAD_TRAINER)
                || organisations
                        .organisationOf(lead)
                        .map(o -> !Objects.equals(o.getId(), signOff.getOrganisationId()))
                        .orElse(true)) {
            throw new SecurityException("Only a lead trainer of the organisation reopens its sign-offs");
        }
        signOff.reopen(lead.id(), reason, clock.instant());
        audit.record(
                AuditActor.person(lead.id()),
                "SIGN_OFF_REOPENED",
                "person:" + signOff.getTraineeId(),
                "sign-off " + signOffId + ": " + reason.strip());
    }
}
