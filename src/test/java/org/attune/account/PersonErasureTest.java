package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonErasureTest {

    @Test
    void erasureReplacesNameAndAddressEndsSignInAndCannotHappenTwice() {
        Person person = new Person(
                "Ada@Example.org",
                "Ada Lovelace",
                Set.of(Role.ADMINISTRATOR, Role.TRAINER),
                Instant.parse("2026-01-01T00:00:00Z"));
        person.setPasswordHash("pbkdf2-sha256$1$a$b");
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        person.erase("Erased person 7", now);
        assertEquals("Erased person 7", person.displayName());
        assertFalse(person.email().contains("ada"));
        assertTrue(PersonRules.isValidEmail(person.email()));
        assertFalse(person.canSignIn());
        assertTrue(person.roles().isEmpty());
        assertTrue(person.erased());
        assertTrue(person.signedInBeforeCredentialsChanged(now.minusSeconds(1)), "open sessions end");
        assertThrows(IllegalStateException.class, () -> person.erase("Again", now));
    }
}
