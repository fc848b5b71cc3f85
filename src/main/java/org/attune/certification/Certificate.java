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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private CertificateNumber number;

    private long personId;

    private String holderName;

    private long organisationId;

    private String organisationName;

    private String accreditationAtIssue;

    private long signedOffBy;

    private String signedOffByName;

    private String courseCode;

    private String courseTitle;

    private long syllabusVersionId;

    private String syllabusLabel;

    private String syllabusHash;

    private String competences;

    private Instant issuedAt;

    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private Stored status;

    private String statusReason;

    private Instant statusChangedAt;

    private Long statusChangedBy;

    private Long supersedesId;

    private String issueKey;

    @Column(name = "reminded_90_at")
    private Instant reminded90At;

    @Column(name = "reminded_30_at")
    private Instant reminded30At;

    private Integer statusList;

    private Integer statusIndex;

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

    public String getIdentitySalt() {
        return identitySalt;
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

    public Long getId() {
        return id;
    }

    public CertificateNumber getNumber() {
        return number;
    }

    public long getPersonId() {
        return personId;
    }

    public String getHolderName() {
        return holderName;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getAccreditationAtIssue() {
        return accreditationAtIssue;
    }

    public String getSignedOffByName() {
        return signedOffByName;
    }

    public long getSignedOffBy() {
        return signedOffBy;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public long getSyllabusVersionId() {
        return syllabusVersionId;
    }

    public String getSyllabusLabel() {
        return syllabusLabel;
    }

    public String getSyllabusHash() {
        return syllabusHash;
    }

    public List<String> getCompetences() {
        return competences.isEmpty() ? List.of() : Arrays.asList(competences.split("\n"));
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Long getSupersedesId() {
        return supersedesId;
    }

    public Instant getReminded90At() {
        return reminded90At;
    }

    public Instant getReminded30At() {
        return reminded30At;
    }

    public String getIssueKey() {
        return issueKey;
    }
}
