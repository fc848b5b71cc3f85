package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.attune.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in rules against the real database: passwords, throttling shared through the database, audit, rehash. */
@ExtendWith(ArquillianExtension.class)
class SignInServiceIT {

    private static final String PASSWORD = "sign-in-test-passphrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @Inject
    private SignInService signIn;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    private final List<String> emails = new ArrayList<>();
    private final String address = "198.51.100." + (1 + (int) (Math.random() * 250));

    private String newEmail() {
        String email = "signin-" + UUID.randomUUID() + "@example.org";
        emails.add(email);
        return email;
    }

    private Person newPerson() {
        return people.create(newEmail(), "Sign-in Test", EnumSet.of(Role.TRAINEE), PASSWORD, "test");
    }

    @AfterEach
    void removeTestData() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (String email : emails) {
                exec(c, "DELETE FROM person_role WHERE person_id IN (SELECT id FROM person WHERE email = ?)", email);
                exec(c, "DELETE FROM person WHERE email = ?", email);
                exec(c, "DELETE FROM sign_in_throttle WHERE throttle_key = ?", "account:" + email);
                exec(c, "DELETE FROM audit_event WHERE subject = ?", email);
            }
            exec(c, "DELETE FROM sign_in_throttle WHERE throttle_key = ?", "address:" + address);
        }
    }

    private static int exec(Connection c, String sql, String parameter) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            return ps.executeUpdate();
        }
    }

    private int count(String sql, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void rightPasswordSignsInWithTheRolesGroupsAndIsAudited() throws Exception {
        Person person = newPerson();
        SignInOutcome outcome = signIn.signIn(person.email().toUpperCase(), PASSWORD.toCharArray(), address);
        assertTrue(outcome.signedIn());
        assertEquals(person.id(), outcome.personId());
        assertEquals(java.util.Set.of("trainee"), outcome.groups());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_IN' AND subject = ?",
                person.email()));
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountEvenForTheRightPassword() throws Exception {
        Person person = newPerson();
        for (int i = 0; i < 5; i++) {
            assertEquals(SignInOutcome.Status.INVALID,
                    signIn.signIn(person.email(), "wrong-password-here".toCharArray(), address).status());
        }
        assertEquals(SignInOutcome.Status.THROTTLED,
                signIn.signIn(person.email(), PASSWORD.toCharArray(), address).status());
        assertEquals(1, count("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ? AND failures = 5"
                + " AND locked_until IS NOT NULL", "account:" + person.email()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED_OUT' AND subject = ?",
                person.email()));
    }

    @Test
    void unknownAccountIsAnsweredExactlyLikeAWrongPasswordAndPausedAlike() {
        String nobody = newEmail();
        for (int i = 0; i < 5; i++) {
            assertEquals(SignInOutcome.Status.INVALID,
                    signIn.signIn(nobody, PASSWORD.toCharArray(), address).status());
        }
        assertEquals(SignInOutcome.Status.THROTTLED, signIn.signIn(nobody, PASSWORD.toCharArray(), address).status());
    }

    @Test
    void fourFailuresThenSuccessClearTheAccountCount() throws Exception {
        Person person = newPerson();
        for (int i = 0; i < 4; i++) {
            signIn.signIn(person.email(), "wrong-password-here".toCharArray(), address);
        }
        assertTrue(signIn.signIn(person.email(), PASSWORD.toCharArray(), address).signedIn());
        assertEquals(0, count("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ?",
                "account:" + person.email()));
    }

    @Test
    void deactivatedPersonCannotSignIn() {
        Person person = newPerson();
        people.update(person.id(), person.version(), person.email(), person.displayName(), person.roles(), false,
                "test");
        assertFalse(signIn.signIn(person.email(), PASSWORD.toCharArray(), address).signedIn());
    }

    @Test
    void passwordHashedAtAnOlderWorkFactorIsRehashedAtSignIn() throws Exception {
        Person person = newPerson();
        String weak = new PasswordHasher(1_000).hash(PASSWORD.toCharArray());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE person SET password_hash = ? WHERE id = ?")) {
            ps.setString(1, weak);
            ps.setLong(2, person.id());
            ps.executeUpdate();
        }
        assertTrue(signIn.signIn(person.email(), PASSWORD.toCharArray(), address).signedIn());
        assertEquals(1, count("SELECT COUNT(*) FROM person WHERE email = ? AND password_hash LIKE 'pbkdf2-sha256$600000$%'",
                person.email()));
    }
}
