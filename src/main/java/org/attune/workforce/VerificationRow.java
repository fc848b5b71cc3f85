package org.attune.workforce;

import java.io.Serializable;
import java.time.Instant;

/**
 * One input row of a bulk verification and what it gave: the certificate's {@code status} (active, expired,
 * suspended, revoked) or an {@code error} (badly formed, mistyped, not found, name mismatch, empty).
 */
public record VerificationRow(
        int row,
        String number,
        String name,
        String status,
        String error,
        String holder,
        Instant expires,
        String trainingOrganisation,
        String accreditation)
        implements Serializable {

    static VerificationRow error(int row, String number, String name, String error) {
        return new VerificationRow(row, number, name, null, error, null, null, null, null);
    }
}
