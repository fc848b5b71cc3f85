package org.attune.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import lombok.Getter;
import org.attune.account.Person;

/**
 * A link with a code that lets trainees register and join a cohort until it expires or is withdrawn. Codes use an
 * alphabet without look-alike characters, so they can also be read out and typed.
 */
@Entity
@Table(name = "invitation")
public class Invitation implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(14);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final int CODE_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Getter
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "created_by", nullable = false)
    private Person createdBy;

    private Instant createdAt;

    @Getter
    private Instant expiresAt;

    @Getter
    private Instant withdrawnAt;

    protected Invitation() {
        // for JPA
    }

    Invitation(Cohort cohort, Person createdBy, Instant now, Duration validity) {
        this.cohort = Objects.requireNonNull(cohort);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
        this.code = newCode();
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Codes are compared without regard to case, spaces or dashes people may type. */
    public static String normaliseCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public boolean usableAt(Instant now) {
        return withdrawnAt == null && now.isBefore(expiresAt);
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
