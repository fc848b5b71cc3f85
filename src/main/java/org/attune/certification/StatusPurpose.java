package org.attune.certification;

import java.util.Locale;
import java.util.Optional;

/**
 * The two Bitstring Status List purposes every credential has an entry for, one bit each, as wallets and verifiers
 * check them: a set revocation bit is never cleared; the suspension bit is set while the certificate is suspended.
 */
public enum StatusPurpose {
    REVOCATION(Certificate.Stored.REVOKED),
    SUSPENSION(Certificate.Stored.SUSPENDED);

    private final Certificate.Stored setWhile;

    StatusPurpose(Certificate.Stored setWhile) {
        this.setWhile = setWhile;
    }

    /** The stored status whose certificates have this purpose's bit set. */
    Certificate.Stored setWhile() {
        return setWhile;
    }

    /** The {@code statusPurpose} value, also the list's path segment. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatusPurpose> of(String json) {
        for (StatusPurpose purpose : values()) {
            if (purpose.json().equals(json)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
