package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A browser that signed in to an account: only the SHA-256 of the random token in its cookie is stored. Presenting
 * the token exempts the browser from the account-wide and address sign-in pauses (see {@link SignInPauses}).
 */
@Entity
@Table(name = "sign_in_known_device")
public class KnownDevice {

    static final Duration LIFETIME = Duration.ofDays(90);

    @Id
    private String tokenHash;

    @Column(updatable = false)
    private long personId;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant expiresAt;

    protected KnownDevice() {
        // for JPA
    }

    KnownDevice(String tokenHash, long personId, Instant now) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.personId = personId;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(LIFETIME);
    }

    boolean vouchesFor(long person, Instant now) {
        return personId == person && now.isBefore(expiresAt);
    }
}
