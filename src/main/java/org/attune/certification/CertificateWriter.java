package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.attune.audit.AuditLog;

/**
 * Writes one certificate and its signed credential in a transaction of its own, so that a second issue of the same
 * certificate (same issue key, refused by the unique constraint) fails alone and the caller can read the first.
 */
@ApplicationScoped
class CertificateWriter {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private CredentialSigner signer;

    @Inject
    private AuditLog audit;

    @Inject
    private StatusListSlots slots;

    @Inject
    private Event<CertificateChanged> changed;

    @Inject
    private Event<CertificateIssued> issued;

    private final SecureRandom random = new SecureRandom();

    /** The certificate with this issue key, as committed now (a transaction of its own sees the latest). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Certificate> existing(String issueKey) {
        return em
                .createQuery("select c from Certificate c where c.issueKey = :k", Certificate.class)
                .setParameter("k", issueKey)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Certificate write(
            Certificate.Facts facts,
            Instant issuedAt,
            Instant expiresAt,
            String issueKey,
            Long supersedes,
            String actor) {
        Certificate certificate =
                new Certificate(CertificateNumber.random(random), facts, issuedAt, expiresAt, issueKey, supersedes);
        certificate.prepareCredential(slots.claim(), IdentityHash.newSalt(random));
        em.persist(certificate);
        em.flush();
        em.persist(new CertificateCredential(certificate.getId(), signer.sign(certificate)));
        audit.record(
                actor,
                supersedes == null ? "CERTIFICATE_ISSUED" : "CERTIFICATE_RENEWED",
                "person:" + facts.personId(),
                certificate.getNumber() + (supersedes == null ? "" : " supersedes certificate " + supersedes));
        // announced in this transaction, so what observers write (webhook deliveries, notices) commits with it or not
        // at all
        if (supersedes != null) {
            changed.fire(new CertificateChanged(
                    CertificateChanged.Kind.RENEWED,
                    certificate,
                    em.find(Certificate.class, supersedes).getNumber().value(),
                    issuedAt));
        } else if (issueKey.equals(CertificationService.initialKey(facts.personId()))) {
            issued.fire(new CertificateIssued(certificate));
        }
        return certificate;
    }
}
