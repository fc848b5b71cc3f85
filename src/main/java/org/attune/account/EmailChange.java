package org.attune.account;

import jakarta.persistence.Column;
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
import org.attune.platform.Secrets;

/**
 * A change of e-mail address waiting for its confirmation: the address changes only when the link mailed to the new
 * address is used, once, within {@link #VALIDITY}. Only the token's hash is stored.
 */
@Entity
@Table(name = "email_change")
public class EmailChange {

    public static final Duration VALIDITY = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(length = PersonRules.MAX_EMAIL)
    private String newEmail;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected EmailChange() {
        // for JPA
    }

    EmailChange(Person person, String newEmail, String token, Instant now) {
        this.person = Objects.requireNonNull(person);
        this.newEmail = Objects.requireNonNull(newEmail);
        this.tokenHash = hash(token);
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    static String hash(String token) {
        return Secrets.sha256Hex(token);
    }

    /** The link that confirms the new address. */
    static String link(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/account/confirm-email?token=" + token;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("This confirmation link cannot be used");
        }
        usedAt = now;
    }

    Person person() {
        return person;
    }

    String newEmail() {
        return newEmail;
    }
}
