package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class IdentityHashTest {

    @Test
    void hashIsTheSpecificationsExampleForItsInput() {
        // the OB 3.0 IdentityHash example: 'a@example.com' salted with 'Kosher'
        assertEquals("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
                IdentityHash.of("a@example.com", "Kosher"));
    }

    @Test
    void composedAndDecomposedAccentsAndExtraSpacesHashAlike() {
        String salt = "abc";
        assertEquals(IdentityHash.of("Zo\u00eb O'Connor", salt), IdentityHash.of("  Zoe\u0308   O'Connor ", salt));
        assertNotEquals(IdentityHash.of("Zoë O'Connor", salt), IdentityHash.of("zoë o'connor", salt), "case counts");
    }

    @Test
    void saltsAreRandomSoACommonNameHashesDifferentlyOnEachCertificate() {
        SecureRandom random = new SecureRandom();
        String one = IdentityHash.newSalt(random);
        String two = IdentityHash.newSalt(random);
        assertEquals(32, one.length());
        assertNotEquals(one, two);
        assertNotEquals(IdentityHash.of("Sam Smith", one), IdentityHash.of("Sam Smith", two));
    }

    @Test
    void certificateMatchesTheHoldersNameAndNoOther() {
        Certificate c = CertificateSamples.certificate(1);
        assertTrue(c.nameMatches("Zoë O'Connor-Ndiaye"));
        assertTrue(c.nameMatches(" Zoe\u0308 O'Connor-Ndiaye "));
        assertFalse(c.nameMatches("Zoe O'Connor-Ndiaye"));
        assertFalse(c.nameMatches(""));
        assertFalse(c.nameMatches(null));
    }
}
