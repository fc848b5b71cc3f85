package org.attune.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attune.account.PasswordHasher;
import org.attune.account.PasswordPolicy;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void eachDemoPasswordMatchesItsPrecomputedHashAtTheCurrentWorkFactor() {
        PasswordHasher hasher = new PasswordHasher();
        for (DemoData.Account account : DemoData.ACCOUNTS) {
            assertTrue(hasher.verify(account.password().toCharArray(), account.passwordHash()), account.label());
            assertFalse(hasher.needsRehash(account.passwordHash()), account.label());
        }
    }

    @Test
    void demoPasswordsFollowThePasswordRulesAndHaveNoSpaces() {
        for (DemoData.Account account : DemoData.ACCOUNTS) {
            assertTrue(PasswordPolicy.problemWith(account.password(), account.email()).isEmpty(), account.label());
            assertFalse(account.password().contains(" "), "DEMO lines separate e-mail and password by a space");
        }
    }

    @Test
    void demoDataIsOnlyForTheEmbeddedDatabase() {
        assertTrue(DemoData.isEmbedded("jdbc:h2:file:./data/attune;MODE=MySQL"));
        assertFalse(DemoData.isEmbedded("jdbc:mysql://db:3306/attune"));
        assertFalse(DemoData.isEmbedded(null));
    }
}
