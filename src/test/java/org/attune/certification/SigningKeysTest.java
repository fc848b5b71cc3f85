package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    private static SigningKeys keys(Path file, String kid, boolean generate) throws Exception {
        SigningKeys keys = new SigningKeys();
        set(keys, "keyFile", file.toString());
        set(keys, "activeKid", Optional.ofNullable(kid));
        set(keys, "generateIfMissing", generate);
        set(keys, "baseUrl", "https://attune.example");
        keys.load();
        return keys;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field f = SigningKeys.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void missingKeyFileIsGeneratedOwnerOnlyAndSignaturesVerifyWithThePublishedKey() throws Exception {
        Path file = dir.resolve("keys.jwks");
        SigningKeys keys = keys(file, "k1", true);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        JWSObject jws = JWSObject.parse(keys.sign("{\"hello\":\"world\"}"));
        assertEquals("https://attune.example/api/v1/keys/k1", jws.getHeader().getKeyID());
        JWKSet published = JWKSet.parse(keys.publicJwks());
        assertTrue(published.getKeys().stream().noneMatch(k -> k.isPrivate()), "public parts only");
        assertTrue(jws.verify(new RSASSAVerifier(published.getKeyByKeyId(jws.getHeader().getKeyID()).toRSAKey())));
    }

    @Test
    void rotationByKidAddsAKeyAndKeepsPublishingTheOldOne() throws Exception {
        Path file = dir.resolve("keys.jwks");
        keys(file, "k1", true);
        SigningKeys rotated = keys(file, "k2", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> published = (List<Map<String, Object>>) rotated.publicJwks().get("keys");
        assertEquals(2, published.size());
        assertEquals("https://attune.example/api/v1/keys/k2", JWSObject.parse(rotated.sign("{}")).getHeader()
                .getKeyID());
        assertTrue(rotated.publicJwk("k1").isPresent());
        assertFalse(rotated.publicJwk("k3").isPresent());
        SigningKeys again = keys(file, null, false);
        assertEquals("https://attune.example/api/v1/keys/k2", JWSObject.parse(again.sign("{}")).getHeader().getKeyID(),
                "without a kid the newest key signs");
    }

    @Test
    void productionWithoutTheKeyRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> keys(dir.resolve("absent.jwks"), "k1", false));
    }
}
