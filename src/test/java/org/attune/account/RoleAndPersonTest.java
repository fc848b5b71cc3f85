package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleAndPersonTest {

    @Test
    void leadTrainerIsAlsoATrainer() {
        assertEquals(Set.of("lead-trainer", "trainer"), Role.groupsOf(EnumSet.of(Role.LEAD_TRAINER)));
        Person lead = new Person("lead@example.org", "Lead", EnumSet.of(Role.LEAD_TRAINER), Instant.now());
        assertTrue(lead.hasRole(Role.TRAINER));
        assertFalse(lead.hasRole(Role.ADMINISTRATOR));
    }

    @Test
    void onePersonCanHoldSeveralRoles() {
        Person person = new Person("p@example.org", "P", EnumSet.of(Role.TRAINEE, Role.TRAINER), Instant.now());
        assertEquals(Set.of("trainee", "trainer"), Role.groupsOf(person.roles()));
    }

    @Test
    void emailIsNormalisedAndValidated() {
        Person person = new Person("  Sam.Jones@Example.ORG ", "Sam", Set.of(), Instant.now());
        assertEquals("sam.jones@example.org", person.email());
        assertThrows(IllegalArgumentException.class, () -> new Person("not-an-address", "X", Set.of(), Instant.now()));
    }

    @Test
    void deactivatedPersonCannotSignInButKeepsTheirRecord() {
        Person person = new Person("p@example.org", "P", Set.of(Role.TRAINEE), Instant.now());
        person.setPasswordHash("pbkdf2-sha256$600000$a$b");
        assertTrue(person.canSignIn());
        person.deactivate();
        assertFalse(person.canSignIn());
        assertEquals("p@example.org", person.email());
    }

    @Test
    void nameIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Person("p@example.org", " ", Set.of(), Instant.now()));
    }

    @Test
    void aPersonStaysTheSamePersonWhenTheirEmailChanges() throws ReflectiveOperationException {
        Person saved = new Person("ann@example.org", "Ann", Set.of(Role.TRAINEE), Instant.EPOCH);
        var id = Person.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(saved, 7L);
        Person sameRow = new Person("ann.new@example.org", "Ann", Set.of(Role.TRAINEE), Instant.EPOCH);
        id.set(sameRow, 7L);
        Person other = new Person("ann@example.org", "Ann", Set.of(Role.TRAINEE), Instant.EPOCH);
        id.set(other, 8L);
        Set<Person> members = new HashSet<>(Set.of(saved));

        saved.changeEmail("ann.changed@example.org");

        assertTrue(members.contains(saved), "still found after the e-mail change");
        assertEquals(saved, sameRow, "same id, different e-mail: the same person");
        assertFalse(saved.equals(other), "same e-mail as once, different id: another person");
        Person unsaved = new Person("bo@example.org", "Bo", Set.of(Role.TRAINEE), Instant.EPOCH);
        assertFalse(unsaved.equals(new Person("bo@example.org", "Bo", Set.of(Role.TRAINEE), Instant.EPOCH)));
    }
}
