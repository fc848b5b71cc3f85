package org.attune.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate's signed Open Badges credential (compact JWT), kept apart from the certificate row so that look-ups
 * and lists never carry it (V30): read only to download it and to check a name against an erased holder's identity
 * hash.
 */
@Entity
@Table(name = "certificate_credential")
public class CertificateCredential {

    @Id
    private Long certificateId;

    @Column(name = "credential", nullable = false)
    private String jwt;

    protected CertificateCredential() {
        // for JPA
    }

    CertificateCredential(long certificateId, String jwt) {
        this.certificateId = certificateId;
        this.jwt = Objects.requireNonNull(jwt, "jwt");
    }

    /** The credential as issued: a compact JWT signed RS256. */
    public String jwt() {
        return jwt;
    }

    /** The holder's identity hash the signed credential carries, if it carries one. */
    Optional<String> identityHash() {
        return OpenBadgeCredential.identityHashIn(jwt);
    }
}
