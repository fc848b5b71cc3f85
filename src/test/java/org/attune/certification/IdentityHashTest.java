package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdentityHashTest {

    @Test
    void hashIsTheSpecificationsExampleForItsInput() {
        // the OB 3.0 IdentityHash example: 'a@example.com' salted with 'Kosher'
        assertEquals(
                "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
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
        Supplier<Optional<CertificateCredential>> unread = () -> {
            throw new AssertionError("the credential is read only when the holder was erased");
        };
        assertTrue(c.nameMatches("Zoë O'Connor-Ndiaye", unread));
        assertTrue(c.nameMatches(" Zoe\u0308 O'Connor-Ndiaye ", unread));
        assertFalse(c.nameMatches("Zoe O'Connor-Ndiaye", unread));
        assertFalse(c.nameMatches("", unread));
        assertFalse(c.nameMatches(null, unread));
    }

    @Test
    void afterTheHolderIsErasedTheirNameStillMatchesTheHashTheirSignedCredentialCarries() {
        Certificate c = CertificateSamples.certificate(2);
        String payload = "{\"credentialSubject\":{\"identifier\":[{\"type\":\"IdentityObject\",\"identityHash\":\""
                + c.identityHash() + "\",\"identityType\":\"name\",\"hashed\":true,\"salt\":\"" + c.getIdentitySalt()
                + "\"}]}}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        var signed = Optional.of(new CertificateCredential(
                2,
                url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                        + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl"));
        c.withholdHolderName();
        assertEquals("", c.getHolderName());
        assertTrue(
                c.nameMatches("Zoë O'Connor-Ndiaye", () -> signed),
                "the holder's own name, checked against the credential");
        assertFalse(c.nameMatches("Someone Else", () -> signed));
        assertFalse(c.nameMatches(" ", () -> signed), "a blank name never matches the erased one");
    }

    @Test
    void anErasedCertificateWithoutAReadableCredentialMatchesNoName() {
        Certificate c = CertificateSamples.certificate(3);
        var unreadable = Optional.of(new CertificateCredential(3, "not-a-jwt"));
        c.withholdHolderName();
        assertFalse(c.nameMatches("Zoë O'Connor-Ndiaye", () -> unreadable));
        assertFalse(c.nameMatches("", () -> unreadable));
        assertFalse(c.nameMatches("Zoë O'Connor-Ndiaye", Optional::empty), "nor one without a credential");
    }
}
