package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationService;
import org.attune.platform.Failure;

/**
 * The delivery record as CPD evidence for renewal: what it holds for the certificate's last year ({@link
 * DeliveryRecord}, when the application has a bean that answers it), the holder's request that a trainer review it,
 * and the decision of a trainer (or lead trainer) of the certificate's training organisation, who sees the aggregated
 * profile only, never a response or a comment. An accepted record stands for the recent practice renewal asks for.
 */
@ApplicationScoped
public class RenewalReviewService {

    /** The delivery record counts for programmes that started within this many months before expiry. */
    public static final int PERIOD_MONTHS = 12;

    /** The holder's delivery record for renewing one certificate, and where its review stands (null: never asked). */
    public record Evidence(
            DeliveryRecord.Summary summary, RenewalDeliveryReview.State state, String comment, Instant from, Instant to)
            implements Serializable {

        /** Whether the holder may ask for a review now: the record counts and none is waiting or accepted. */
        public boolean canAsk() {
            return summary.counts() && (state == null || state == RenewalDeliveryReview.State.DECLINED);
        }

        public boolean accepted() {
            return state == RenewalDeliveryReview.State.ACCEPTED;
        }

        public boolean requested() {
            return state == RenewalDeliveryReview.State.REQUESTED;
        }

        public boolean declined() {
            return state == RenewalDeliveryReview.State.DECLINED;
        }
    }

    /** A request waiting for a trainer, as listed. */
    public record Waiting(long id, String holder, String number, Instant expiresAt, Instant requestedAt)
            implements Serializable {}

    /** One request as the reviewing trainer sees it: the holder, the period and the aggregated profile. */
    public record Review(
            long id,
            String holder,
            String number,
            Instant from,
            Instant to,
            RenewalDeliveryReview.State state,
            String comment,
            DeliveryRecord.Summary summary)
            implements Serializable {

        public boolean waiting() {
            return state == RenewalDeliveryReview.State.REQUESTED;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Instance<DeliveryRecord> records;

    @Inject
    private CertificationService certification;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AuditLog audit;

    /** The start of the period whose programmes count for renewing the certificate: its last year. */
    public static Instant periodStart(Certificate certificate) {
        return certificate
                .getExpiresAt()
                .atZone(ZoneOffset.UTC)
                .minusMonths(PERIOD_MONTHS)
                .toInstant();
    }

    /** The holder's delivery record for renewing {@code certificate}; empty when no feature keeps delivery records. */
    public Optional<Evidence> evidence(Certificate certificate) {
        if (!records.isResolvable()) {
            return Optional.empty();
        }
        Instant from = periodStart(certificate);
        DeliveryRecord.Summary summary = summary(certificate);
        Optional<RenewalDeliveryReview> review = reviewOf(certificate.getId());
        return Optional.of(new Evidence(
                summary,
                review.map(RenewalDeliveryReview::getState).orElse(null),
                review.map(RenewalDeliveryReview::getComment).orElse(null),
                from,
                certificate.getExpiresAt()));
    }

    /** Whether a trainer accepted the holder's delivery record for renewing {@code certificate}. */
    public boolean accepted(Certificate certificate) {
        return reviewOf(certificate.getId())
                .map(r -> r.getState() == RenewalDeliveryReview.State.ACCEPTED)
                .orElse(false);
    }

    /**
     * Puts the holder's delivery record forward for a trainer's review (again, after a decline).
     *
     * @throws Failure.Conflict when the record does not count (yet), or no feature keeps delivery records
     */
    @Transactional
    public void request(Certificate certificate, long holderId) {
        if (certificate.getPersonId() != holderId) {
            throw new Failure.NotAllowed("renewal.review.notYours");
        }
        Evidence evidence =
                evidence(certificate).orElseThrow(() -> new Failure.Conflict("renewal.delivery.unavailable"));
        if (!evidence.summary().counts()) {
            throw new Failure.Conflict("renewal.delivery.notCounting");
        }
        Optional<RenewalDeliveryReview> existing = reviewOf(certificate.getId());
        if (existing.isPresent()) {
            RenewalDeliveryReview locked =
                    em.find(RenewalDeliveryReview.class, existing.get().getId(), LockModeType.PESSIMISTIC_WRITE);
            locked.requestAgain(clock.instant());
        } else {
            try {
                em.persist(new RenewalDeliveryReview(certificate, clock.instant()));
                em.flush();
            } catch (PersistenceException twice) { // uq_renewal_delivery_review_certificate: asked in another tab
                throw new Failure.Conflict("renewal.delivery.alreadyAsked");
            }
        }
        audit.record(
                AuditActor.person(holderId),
                "RENEWAL_DELIVERY_REVIEW_REQUESTED",
                "certificate:" + certificate.getId(),
                evidence.summary().qualifying() + " programmes, "
                        + evidence.summary().responses() + " responses");
    }

    /** Requests waiting for a trainer of the trainer's organisation, oldest first; never the trainer's own. */
    public List<Waiting> waiting(Person trainer) {
        long organisation = organisationOf(trainer);
        List<Waiting> waiting = new ArrayList<>();
        for (RenewalDeliveryReview r : em.createQuery(
                        "select r from RenewalDeliveryReview r where r.organisationId = :o and r.state = :s"
                                + " and r.personId <> :me order by r.requestedAt, r.id",
                        RenewalDeliveryReview.class)
                .setParameter("o", organisation)
                .setParameter("s", RenewalDeliveryReview.State.REQUESTED)
                .setParameter("me", trainer.id())
                .getResultList()) {
            certification
                    .find(r.getCertificateId())
                    .ifPresent(c -> waiting.add(new Waiting(
                            r.getId(),
                            c.getHolderName(),
                            c.getNumber().value(),
                            c.getExpiresAt(),
                            r.getRequestedAt())));
        }
        return waiting;
    }

    /**
     * One request with the holder's aggregated profile, for a trainer of the certificate's organisation.
     *
     * @throws Failure.NotFound for anyone else (and for the holder themself)
     */
    public Review review(Person trainer, long id) {
        RenewalDeliveryReview r = allowed(trainer, em.find(RenewalDeliveryReview.class, id));
        Certificate c = certification
                .find(r.getCertificateId())
                .orElseThrow(() -> new Failure.NotFound("renewal.review.notFound"));
        return new Review(
                r.getId(),
                c.getHolderName(),
                c.getNumber().value(),
                periodStart(c),
                c.getExpiresAt(),
                r.getState(),
                r.getComment(),
                summary(c));
    }

    /**
     * Accepts the holder's delivery record as CPD evidence, or declines it with a comment for the holder.
     *
     * @throws Failure.Conflict when already decided, or when accepting a record that does not count
     */
    @Transactional
    public void decide(Person trainer, long id, boolean accept, String comment) {
        RenewalDeliveryReview r =
                allowed(trainer, em.find(RenewalDeliveryReview.class, id, LockModeType.PESSIMISTIC_WRITE));
        Certificate c = certification
                .find(r.getCertificateId())
                .orElseThrow(() -> new Failure.NotFound("renewal.review.notFound"));
        if (accept && !summary(c).counts()) {
            throw new Failure.Conflict("renewal.delivery.notCounting");
        }
        r.decide(accept, comment, trainer.id(), clock.instant());
        audit.record(
                AuditActor.person(trainer.id()),
                accept ? "RENEWAL_DELIVERY_ACCEPTED" : "RENEWAL_DELIVERY_DECLINED",
                "certificate:" + c.getId(),
                null);
    }

    private DeliveryRecord.Summary summary(Certificate certificate) {
        return records.get().between(certificate.getPersonId(), periodStart(certificate), certificate.getExpiresAt());
    }

    private Optional<RenewalDeliveryReview> reviewOf(long certificateId) {
        return em.createQuery(
                        "select r from RenewalDeliveryReview r where r.certificateId = :c", RenewalDeliveryReview.class)
                .setParameter("c", certificateId)
                .getResultStream()
                .findFirst();
    }

    private long organisationOf(Person trainer) {
        if (trainer == null || !(trainer.hasRole(Role.TRAINER) || trainer.hasRole(Role.LEAD_TRAINER))) {
            throw new Failure.NotAllowed("renewal.review.notTrainer");
        }
        return organisations
                .organisationOf(trainer)
                .filter(Organisation::isTraining)
                .map(Organisation::getId)
                .orElseThrow(() -> new Failure.NotAllowed("renewal.review.notTrainer"));
    }

    private RenewalDeliveryReview allowed(Person trainer, RenewalDeliveryReview r) {
        long organisation = organisationOf(trainer);
        if (r == null || r.getOrganisationId() != organisation || Objects.equals(r.getPersonId(), trainer.id())) {
            throw new Failure.NotFound("renewal.review.notFound");
        }
        return r;
    }
}
