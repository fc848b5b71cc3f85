package org.attune.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
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
}
