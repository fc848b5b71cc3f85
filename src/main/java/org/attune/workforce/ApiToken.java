package org.attune.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import lombok.Getter;

/** An employer's API token: only its SHA-256 is kept; the token itself is shown once, when it is made. */
@Entity
@Table(name = "api_token")
public class ApiToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long employerId;

    @Getter
    private String name;

    private String tokenHash;

    @Getter
    @Column(name = "token_prefix", nullable = false)
    private String prefix;

    private long createdBy;

    @Getter
    private Instant createdAt;

    @Getter
    private Instant lastUsedAt;

    @Getter
    private Instant revokedAt;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(long employerId, String name, String tokenHash, String prefix, long createdBy, Instant createdAt) {
        this.employerId = employerId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
