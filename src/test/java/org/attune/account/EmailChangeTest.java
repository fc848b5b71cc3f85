package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmailChangeTest {

    private final Instant asked = Instant.parse("2026-11-30T10:00:00Z");
    private final EmailChange change = new EmailChange(
            new Person("old@example.org", "Someone", Set.of(Role.TRAINEE), asked),
            "new@example.org",
            "secret-token",
            asked);

    @Test
    void aConfirmationLinkWorksFor24HoursAndThenExpires() {
        assertTrue(change.usableAt(asked.plus(Duration.ofHours(23))));
        assertFalse(change.usableAt(asked.plus(EmailChange.VALIDITY)), "expired after 24 hours");
    }

    @Test
    void aConfirmationLinkWorksOnce() {
        change.use(asked.plusSeconds(60));
        assertFalse(change.usableAt(asked.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> change.use(asked.plusSeconds(62)));
    }

    @Test
    void onlyTheTokensHashIsKeptAndTheLinkLeadsToTheConfirmationPage() {
        assertFalse(EmailChange.hash("secret-token").contains("secret"));
        assertTrue(EmailChange.link("https://attune.example/", "abc")
                .equals("https://attune.example/account/confirm-email?token=abc"));
    }
}
