package org.attune.certification;

import java.time.Instant;
import java.util.Objects;

/**
 * Fired (a CDI event, synchronously, inside the transaction that makes the change) when a certificate is suspended,
 * reinstated, revoked, renewed or enters its last {@value ExpiryWindow#DAYS} days, so that other features
 * (webhooks) can react in the same transaction without certification knowing them. For a renewal,
 * {@code certificate} is the new certificate and {@code previousNumber} the number it supersedes.
 */
public record CertificateChanged(Kind kind, Certificate certificate, String previousNumber, Instant at) {

    /** What happened to the certificate. */
    public enum Kind {
        SUSPENDED,
        REINSTATED,
        REVOKED,
        RENEWED,
        EXPIRING
    }

    public CertificateChanged {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(certificate);
        Objects.requireNonNull(at);
    }

    public static CertificateChanged of(CertificateAdminService.Action action, Certificate certificate, Instant at) {
        return new CertificateChanged(
                switch (action) {
                    case SUSPEND -> Kind.SUSPENDED;
                    case REINSTATE -> Kind.REINSTATED;
                    case REVOKE -> Kind.REVOKED;
                },
                certificate,
                null,
                at);
    }
}
