package org.attune.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time permission to choose a new password: valid for 30 minutes when asked for by e-mail ({@link #VALIDITY}),
 * 24 hours for the first administrator's link ({@code attune-admin create-admin}). Only the token's hash is stored.
 */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    /** How long the set-password link mailed to an imported trainee works. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected PasswordResetToken() {
        // for JPA
    }

    PasswordResetToken(Person person, String token, Instant now) {
        this(person, token, now, VALIDITY);
    }

    PasswordResetToken(Person person, String token, Instant now, Duration validity) {
        this.person = Objects.requireNonNull(person);
        this.tokenHash = SetPasswordLinks.hash(token);
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("This reset token cannot be used");
        }
        usedAt = now;
    }

    public Person person() {
        return person;
    }
}
