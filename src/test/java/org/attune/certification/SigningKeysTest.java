package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.platform.config.BaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    private static SigningKeys keys(Path file, String kid, boolean generate) throws Exception {
        SigningKeys keys = new SigningKeys();
        set(keys, "keyFile", file.toString());
        set(keys, "activeKid", Optional.ofNullable(kid));
        set(keys, "generateIfMissing", Optional.of(generate));
        set(keys, "databaseUrl", "jdbc:mysql://db.example/attune");
        set(keys, "baseUrl", baseUrl("https://attune.example"));
        keys.load();
        return keys;
    }

    /** The public address as the server's configuration would give it. */
    private static BaseUrl baseUrl(String address) throws Exception {
        var url = new BaseUrl();
        Field configured = BaseUrl.class.getDeclaredField("configured");
        configured.setAccessible(true);
        configured.set(url, address);
        return url;
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
        assertTrue(jws.verify(new RSASSAVerifier(
                published.getKeyByKeyId(jws.getHeader().getKeyID()).toRSAKey())));
    }

    @Test
    void rotationByKidAddsAKeyAndKeepsPublishingTheOldOne() throws Exception {
        Path file = dir.resolve("keys.jwks");
        keys(file, "k1", true);
        SigningKeys rotated = keys(file, "k2", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> published =
                (List<Map<String, Object>>) rotated.publicJwks().get("keys");
        assertEquals(2, published.size());
        assertEquals(
                "https://attune.example/api/v1/keys/k2",
                JWSObject.parse(rotated.sign("{}")).getHeader().getKeyID());
        assertTrue(rotated.publicJwk("k1").isPresent());
        assertFalse(rotated.publicJwk("k3").isPresent());
        SigningKeys again = keys(file, null, false);
        assertEquals(
                "https://attune.example/api/v1/keys/k2",
                JWSObject.parse(again.sign("{}")).getHeader().getKeyID(),
                "without a kid the newest key signs");
    }

    @Test
    void productionWithoutTheKeyRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> keys(dir.resolve("absent.jwks"), "k1", false));
    }

    @Test
    void productionDoesNotGenerateUnlessToldButTheEmbeddedRunModeDoes() throws Exception {
        SigningKeys production = untold(dir.resolve("prod.jwks"), "jdbc:mysql://db.example/attune");
        IllegalStateException refused = assertThrows(IllegalStateException.class, production::load);
        assertTrue(refused.getMessage().contains("ATTUNE_SIGNING_GENERATE_IF_MISSING"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("prod.jwks")), "nothing generated");

        untold(dir.resolve("run.jwks"), "jdbc:h2:file:./data/attune").load();
        assertTrue(Files.exists(dir.resolve("run.jwks")));
    }

    /** Keys configured with a file and a database only: nobody said whether to generate. */
    private static SigningKeys untold(Path file, String databaseUrl) throws Exception {
        SigningKeys keys = new SigningKeys();
        set(keys, "keyFile", file.toString());
        set(keys, "activeKid", Optional.empty());
        set(keys, "generateIfMissing", Optional.empty());
        set(keys, "databaseUrl", databaseUrl);
        set(keys, "baseUrl", baseUrl("https://attune.example"));
        return keys;
    }

    @Test
    void aSecondNodeStartingOnTheSameFileUsesTheKeyTheFirstGenerated() throws Exception {
        Path file = dir.resolve("shared.jwks");
        SigningKeys first = keys(file, null, true);
        SigningKeys second = keys(file, null, true);
        assertEquals(1, JWKSet.load(file.toFile()).getKeys().size(), "one key for the cluster, not one per node");
        JWSObject signedBySecond = JWSObject.parse(second.sign("{}"));
        JWKSet publishedByFirst = JWKSet.parse(first.publicJwks());
        assertTrue(signedBySecond.verify(new RSASSAVerifier(publishedByFirst
                .getKeyByKeyId(signedBySecond.getHeader().getKeyID())
                .toRSAKey())));
    }

    @Test
    void generatedKeysHaveIdsThatEndWithTheirThumbprint() throws Exception {
        String one = JWKSet.load(keyFileOf(keys(dir.resolve("a.jwks"), null, true), "a.jwks"))
                .getKeys()
                .get(0)
                .getKeyID();
        String two = JWKSet.load(keyFileOf(keys(dir.resolve("b.jwks"), null, true), "b.jwks"))
                .getKeys()
                .get(0)
                .getKeyID();
        assertFalse(one.equals(two), "two keys generated the same day have different ids");
        var key = JWKSet.load(dir.resolve("a.jwks").toFile()).getKeys().get(0);
        assertTrue(one.endsWith(key.computeThumbprint().toString().substring(0, 12)), one);
    }

    private File keyFileOf(SigningKeys keys, String name) {
        return dir.resolve(name).toFile();
    }

    @Test
    void aKeyAddedToTheFileByAnotherNodeIsPublishedAndSignsWithoutARestart() throws Exception {
        Path file = dir.resolve("rotating.jwks");
        SigningKeys node = keys(file, null, true);
        String before = JWSObject.parse(node.sign("{}")).getHeader().getKeyID();
        Thread.sleep(20); // a modification time the file system can tell apart
        keys(file, "rotated", true); // another node, told to sign with a new key, adds it to the shared file
        set(node, "checkedAt", System.nanoTime() - 10_000_000_000L); // as if its 5-second check were due
        String after = JWSObject.parse(node.sign("{}")).getHeader().getKeyID();
        assertEquals("https://attune.example/api/v1/keys/rotated", after);
        assertFalse(before.equals(after));
        assertTrue(node.publicJwk("rotated").isPresent());
    }
}
