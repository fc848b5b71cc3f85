package org.attune.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lombok.Getter;
import org.attune.platform.Failure;

/**
 * A facilitator certificate: what was certified (copied at issue), its dates, and its stored status (active,
 * suspended or revoked, with reason, date and who); "expired" follows from the expiry date.
 */
@Entity
@Table(name = "certificate")
public class Certificate implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The stored statuses; {@link CertificateStatus#EXPIRED} is derived. */
    enum Stored {
        ACTIVE,
        SUSPENDED,
        REVOKED;

        /** The status shown at a moment: an active certificate past its expiry is expired. */
        CertificateStatus statusAt(Instant expiresAt, Instant now) {
            return switch (this) {
                case REVOKED -> CertificateStatus.REVOKED;
                case SUSPENDED -> CertificateStatus.SUSPENDED;
                case ACTIVE -> now.isBefore(expiresAt) ? CertificateStatus.ACTIVE : CertificateStatus.EXPIRED;
            };
        }
    }

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @Embedded
    private CertificateNumber number;

    @Getter
    private long personId;

    @Getter
    private String holderName;

    @Getter
    private long organisationId;

    @Getter
    private String organisationName;

    @Getter
    private String accreditationAtIssue;

    @Getter
    private long signedOffBy;

    @Getter
    private String signedOffByName;

    @Getter
    private String courseCode;

    @Getter
    private String courseTitle;

    @Getter
    private long syllabusVersionId;

    @Getter
    private String syllabusLabel;

    @Getter
    private String syllabusHash;

    private String competences;

    @Getter
    private Instant issuedAt;

    @Getter
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private Stored status;

    @Getter
    private String statusReason;

    @Getter
    private Instant statusChangedAt;

    private Long statusChangedBy;

    @Getter
    private Long supersedesId;

    @Getter
    private String issueKey;

    @Getter
    @Column(name = "reminded_90_at")
    private Instant reminded90At;

    @Getter
    @Column(name = "reminded_30_at")
    private Instant reminded30At;

    private Integer statusList;

    private Integer statusIndex;

    @Getter
    private String identitySalt;

    @Version
    private long version;

    protected Certificate() {
        // for JPA
    }

    /** What a certificate certifies, gathered by the issuer. */
    public record Facts(
            long personId,
            String holderName,
            long organisationId,
            String organisationName,
            String accreditationAtIssue,
            long signedOffBy,
            String signedOffByName,
            String courseCode,
            String courseTitle,
            long syllabusVersionId,
            String syllabusLabel,
            String syllabusHash,
            List<String> competences) {}

    Certificate(
            CertificateNumber number,
            Facts facts,
            Instant issuedAt,
            Instant expiresAt,
            String issueKey,
            Long supersedesId) {
        this.number = Objects.requireNonNull(number);
        this.personId = facts.personId();
        this.holderName = facts.holderName();
        this.organisationId = facts.organisationId();
        this.organisationName = facts.organisationName();
        this.accreditationAtIssue = facts.accreditationAtIssue();
        this.signedOffBy = facts.signedOffBy();
        this.signedOffByName = facts.signedOffByName();
        this.courseCode = facts.courseCode();
        this.courseTitle = facts.courseTitle();
        this.syllabusVersionId = facts.syllabusVersionId();
        this.syllabusLabel = facts.syllabusLabel();
        this.syllabusHash = facts.syllabusHash();
        this.competences = String.join("\n", facts.competences());
        this.issuedAt = Objects.requireNonNull(issuedAt);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A certificate expires after it is issued.");
        }
        this.expiresAt = expiresAt;
        this.status = Stored.ACTIVE;
        this.issueKey = Objects.requireNonNull(issueKey);
        this.supersedesId = supersedesId;
    }

    public CertificateStatus statusAt(Instant now) {
        return status.statusAt(expiresAt, now);
    }

    void suspend(String reason, long by, Instant now) {
        if (status != Stored.ACTIVE) {
            throw new Failure.Conflict("certAdmin.notActive");
        }
        change(Stored.SUSPENDED, reason, by, now);
    }

    void revoke(String reason, long by, Instant now) {
        if (status == Stored.REVOKED) {
            throw new Failure.Conflict("certAdmin.alreadyRevoked");
        }
        change(Stored.REVOKED, reason, by, now);
    }

    void reinstate(String reason, long by, Instant now) {
        if (status != Stored.SUSPENDED) {
            throw new Failure.Conflict("certAdmin.notSuspended");
        }
        change(Stored.ACTIVE, reason, by, now);
    }

    private void change(Stored to, String reason, long by, Instant now) {
        if (reason == null || reason.strip().length() < 5) {
            throw new Failure.Invalid("reason", "certAdmin.reasonNeeded");
        }
        this.status = to;
        this.statusReason = reason.strip();
        this.statusChangedBy = by;
        this.statusChangedAt = now;
    }

    /**
     * Gives a new certificate its place in the status lists and the salt of its holder's identity hash, once,
     * before its credential is signed.
     */
    void prepareCredential(StatusListSlots.Slot slot, String salt) {
        if (statusList != null) {
            throw new IllegalStateException("This certificate already has its credential's status entries.");
        }
        this.statusList = slot.list();
        this.statusIndex = slot.index();
        this.identitySalt = Objects.requireNonNull(salt);
    }

    /** The certificate's slot in the revocation and suspension lists; empty for one issued before they existed. */
    public Optional<StatusListSlots.Slot> getStatusSlot() {
        return statusList == null ? Optional.empty() : Optional.of(new StatusListSlots.Slot(statusList, statusIndex));
    }

    /** The holder's name as the credential carries it: {@code sha256$} of the name and salt; needs the salt. */
    public String identityHash() {
        if (identitySalt == null) {
            throw new IllegalStateException("This certificate was issued before identities were hashed.");
        }
        return IdentityHash.of(holderName, identitySalt);
    }

    /**
     * Whether a name someone offers is the holder's: through the credential's identity hash where there is one (as
     * any verifier holding the credential would check it), else by the recorded name. After the holder was erased the
     * recorded name is blank, so the hash the signed credential carries is compared instead: the holder, who still
     * has the credential, can still show that it is theirs, and nothing but that answer is revealed. The credential is
     * read (from {@code signed}) only then.
     */
    public boolean nameMatches(String offered, Supplier<Optional<CertificateCredential>> signed) {
        if (offered == null || offered.isBlank()) {
            return false;
        }
        boolean erased = holderName == null || holderName.isBlank();
        if (identitySalt == null) {
            return !erased && IdentityHash.normalise(offered).equals(IdentityHash.normalise(holderName));
        }
        String expected = erased
                ? signed.get().flatMap(CertificateCredential::identityHash).orElse(null)
                : identityHash();
        return IdentityHash.of(offered, identitySalt).equals(expected);
    }

    /** The holder was erased after this certificate expired: verification shows "name withheld" from now on. */
    void withholdHolderName() {
        this.holderName = "";
    }

    void reminded(int days, Instant now) {
        if (days == ExpiryWindow.DAYS) {
            reminded90At = now;
        } else {
            reminded30At = now;
        }
    }

    public List<String> getCompetences() {
        return competences.isEmpty() ? List.of() : Arrays.asList(competences.split("\n"));
    }
}
