package org.attune.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;

/** Someone who signs in to Attune. Deactivated people cannot sign in, but their records remain. */
@Entity
@Table(name = "person")
public class Person implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @Column(length = PersonRules.MAX_EMAIL)
    private String email;

    @Getter
    @Column(length = PersonRules.MAX_NAME)
    private String displayName;

    private String passwordHash;

    private Instant credentialsChangedAt;

    @Getter
    private boolean active;

    private Instant erasedAt;

    private boolean rosterDigest = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = new HashSet<>();

    @Column(updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
        // for JPA
    }

    public Person(String email, String displayName, Set<Role> roles, Instant createdAt) {
        this.email = PersonRules.normaliseEmail(email);
        if (!PersonRules.isValidEmail(this.email)) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        rename(displayName);
        this.roles = roles.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(roles));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
    }

    public void changeEmail(String newEmail) {
        String normalised = PersonRules.normaliseEmail(newEmail);
        if (!PersonRules.isValidEmail(normalised)) {
            throw new IllegalArgumentException("Not an e-mail address: " + newEmail);
        }
        this.email = normalised;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        if (!PersonRules.isValidName(newName)) {
            throw new IllegalArgumentException("A name has at most " + PersonRules.MAX_NAME + " characters");
        }
        this.displayName = newName.strip();
    }

    /** Whether a manager gets the weekly e-mail digest of their roster's alerts. */
    public boolean wantsRosterDigest() {
        return rosterDigest;
    }

    public void chooseRosterDigest(boolean wanted) {
        this.rosterDigest = wanted;
    }

    public void setPasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
    }

    /**
     * A password the person (or an administrator) chose, unlike a rehash of the same password: sessions signed in
     * before {@code now} end (see {@link #signedInBeforeCredentialsChanged}).
     */
    public void choosePassword(String hash, Instant now) {
        setPasswordHash(hash);
        this.credentialsChangedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether a session signed in at {@code signedInAt} (null: unknown) predates the last password change. */
    public boolean signedInBeforeCredentialsChanged(Instant signedInAt) {
        return credentialsChangedAt != null
                && (signedInAt == null || signedInAt.isBefore(credentialsChangedAt.truncatedTo(ChronoUnit.MILLIS)));
    }

    public void grant(Role role) {
        roles.add(Objects.requireNonNull(role));
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /**
     * Erasure: the name becomes {@code pseudonym}, the e-mail address one that cannot receive mail, the password,
     * roles and every session end (sessions signed in before {@code now} are refused on their next request). The id
     * stays, so the records that must be kept (audit log, certificates) point at a person nobody can identify here.
     */
    public void erase(String pseudonym, Instant now) {
        if (erasedAt != null) {
            throw new IllegalStateException("Person " + id + " was erased already");
        }
        rename(pseudonym);
        this.email = "erased-" + id + "@erased.invalid";
        this.passwordHash = null;
        this.active = false;
        this.roles.clear();
        this.credentialsChangedAt = Objects.requireNonNull(now, "now");
        this.erasedAt = now;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role) || (role == Role.TRAINER && roles.contains(Role.LEAD_TRAINER));
    }

    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    // JavaBean getters for pages

    public Set<Role> getRoles() {
        return roles();
    }

    /**
     * The same person: the same database id (the e-mail address can change). A person not yet saved equals only
     * itself; the hash code is constant so that it does not change when the person is saved inside a hash set.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Person person && id != null && id.equals(person.id);
    }

    @Override
    public int hashCode() {
        return Person.class.hashCode();
    }
}
