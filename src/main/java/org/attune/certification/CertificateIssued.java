package org.attune.certification;

import java.util.Objects;

/**
 * Fired (a CDI event, synchronously, inside the transaction that writes it) when a trainee's first certificate is
 * issued, so that other features (e-mail notices) can react in the same transaction. Renewals fire
 * {@link CertificateChanged} instead; certificates recorded from outside Attune fire nothing.
 */
public record CertificateIssued(Certificate certificate) {

    public CertificateIssued {
        Objects.requireNonNull(certificate);
    }
}
