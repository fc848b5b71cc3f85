package org.attune.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/**
 * An employer's receiving address for webhook events, with the secret that signs what is sent to it. The secret is
 * kept (HMAC needs it) but shown to the manager only once; lists show its first characters.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long employerId;

    @Getter
    private String url;

    private String secret;

    @Getter
    private String secretHint;

    private long createdBy;

    @Getter
    private Instant createdAt;

    @Getter
    private Instant removedAt;

    @Version
    private long version;

    protected WebhookEndpoint() {
        // for JPA
    }

    WebhookEndpoint(long employerId, URI url, String secret, long createdBy, Instant createdAt) {
        this.employerId = employerId;
        this.url = Objects.requireNonNull(url).toString();
        this.secret = Objects.requireNonNull(secret);
        this.secretHint = secret.substring(0, Math.min(10, secret.length()));
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Stops deliveries to this endpoint; its delivery log stays. */
    void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    public boolean isActive() {
        return removedAt == null;
    }

    String getSecret() {
        return secret;
    }
}
