package org.attune.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void eventWithoutActionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AuditEvent(Instant.now(), "a", " ", null, null));
    }

    @Test
    void eventWithoutTimeIsRejected() {
        assertThrows(NullPointerException.class, () -> new AuditEvent(null, "a", "SIGN_IN", null, null));
    }

    @Test
    void overlongDetailIsCutToTheColumnSize() {
        AuditEvent event = new AuditEvent(Instant.now(), null, "IMPORT", null, "x".repeat(5000));
        assertEquals(1000, event.detail().length());
    }

    @Test
    void actorsAndSubjectsNamePeopleByIdOrPersonReferenceOnly() {
        assertEquals(Optional.of(12L), AuditSearch.personId("12"));
        assertEquals(Optional.of(12L), AuditSearch.personId("person:12"));
        assertEquals(Optional.empty(), AuditSearch.personId("cohort:12"));
        assertEquals(Optional.empty(), AuditSearch.personId("sam@example.org"));
        assertEquals(Optional.empty(), AuditSearch.personId(null));
        assertEquals(Optional.empty(), AuditSearch.personId("9".repeat(19)));
    }
}
