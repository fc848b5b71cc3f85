package org.attune.certification;

import java.util.Locale;

/**
 * A certificate's status as verifiers see it. {@code EXPIRED} is never stored: it follows from the expiry date.
 * The code is the certificate's two-bit value in the status list.
 */
public enum CertificateStatus {
    ACTIVE(0),
    EXPIRED(0),
    SUSPENDED(1),
    REVOKED(2);

    private final int listValue;

    CertificateStatus(int listValue) {
        this.listValue = listValue;
    }

    public int listValue() {
        return listValue;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a {@link #json()} word names; IllegalArgumentException for any other word. */
    public static CertificateStatus fromJson(String word) {
        for (CertificateStatus status : values()) {
            if (status.json().equals(word)) {
                return status;
            }
        }
        throw new IllegalArgumentException("not a certificate status: " + word);
    }
}
