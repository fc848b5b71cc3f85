package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashIsSelfDescribingPbkdf2Sha256AtOwaspWorkFactor() {
        String hash = hasher.hash("correct-horse-battery".toCharArray());
        String[] parts = hash.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, "iterations " + parts[1]);
        assertEquals(4, parts.length);
    }

    @Test
    void rightPasswordVerifiesAndWrongOneDoesNot() {
        String hash = hasher.hash("correct-horse-battery".toCharArray());
        assertTrue(hasher.verify("correct-horse-battery".toCharArray(), hash));
        assertFalse(hasher.verify("correct-horse-batterx".toCharArray(), hash));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(
                hasher.hash("correct-horse-battery".toCharArray()), hasher.hash("correct-horse-battery".toCharArray()));
    }

    @Test
    void hashAtAnOlderWorkFactorStillVerifiesButNeedsRehash() {
        String old = new PasswordHasher(1_000).hash("correct-horse-battery".toCharArray());
        assertTrue(hasher.verify("correct-horse-battery".toCharArray(), old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("x".toCharArray())));
    }

    @Test
    void malformedOrForeignStoredValuesNeverVerify() {
        assertFalse(hasher.verify("a".toCharArray(), null));
        assertFalse(hasher.verify("a".toCharArray(), "plaintext"));
        assertFalse(hasher.verify("a".toCharArray(), "bcrypt$10$x$y"));
        assertFalse(hasher.verify("a".toCharArray(), "pbkdf2-sha256$notanumber$x$y"));
        assertTrue(hasher.needsRehash("plaintext"));
    }
}
