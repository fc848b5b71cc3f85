package org.attune.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/** One thing that happened, recorded once and never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @Column(updatable = false)
    private Instant occurredAt;

    @Getter
    @Column(updatable = false)
    private String actor;

    @Getter
    @Column(updatable = false)
    private String action;

    @Getter
    @Column(updatable = false)
    private String subject;

    @Getter
    @Column(length = MAX_DETAIL, updatable = false)
    private String detail;

    /** The address the request came from (behind a trusted proxy, the one it forwarded), or null. */
    @Column(updatable = false)
    private String clientAddress;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * @param occurredAt when it happened
     * @param actor who did it (a user id or e-mail), or {@code null} for the system or an anonymous visitor
     * @param action what happened, e.g. {@code SIGN_IN_FAILED}
     * @param subject on whom or what, or {@code null}
     * @param detail free text without personal data, cut to 1,000 characters
     */
    public AuditEvent(Instant occurredAt, String actor, String action, String subject, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.action = requireText(action, "action");
        this.actor = actor;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    /** The same event, noting the client address of the request that caused it (null: none, or unknown). */
    public AuditEvent from(String address) {
        this.clientAddress = address == null || address.length() > 45 ? null : address;
        return this;
    }

    public String clientAddress() {
        return clientAddress;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEvent event && id != null && id.equals(event.id);
    }

    @Override
    public int hashCode() {
        return AuditEvent.class.hashCode();
    }
}
