package org.attune.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The issuer's RSA signing keys, read from a JWK set file named in configuration (never the database). Several
 * keys may be in the file: {@code attune.signing.kid} chooses the one that signs, and all of them are published
 * (public parts only) so that credentials signed before a rotation still verify. In the run mode a missing file,
 * or a missing key named by {@code attune.signing.kid}, is generated and written with owner-only permissions.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final int KEY_BITS = 3072;

    @Inject
    @ConfigProperty(name = "attune.signing.key-file")
    private String keyFile;

    @Inject
    @ConfigProperty(name = "attune.signing.kid")
    private Optional<String> activeKid;

    @Inject
    @ConfigProperty(name = "attune.signing.generate-if-missing", defaultValue = "false")
    private boolean generateIfMissing;

    @Inject
    @ConfigProperty(name = "attune.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    private volatile JWKSet keys;
    private volatile RSAKey signer;

    @PostConstruct
    void load() {
        Path file = Path.of(keyFile);
        try {
            JWKSet set = Files.exists(file) ? JWKSet.load(file.toFile()) : new JWKSet();
            String kid = activeKid.filter(k -> !k.isBlank())
                    .orElseGet(() -> set.getKeys().isEmpty() ? "attune-" + LocalDate.now() : last(set).getKeyID());
            if (set.getKeyByKeyId(kid) == null) {
                if (!generateIfMissing) {
                    throw new IllegalStateException("The signing key \"" + kid + "\" is not in " + file.toAbsolutePath()
                            + "; add it, or set ATTUNE_SIGNING_GENERATE_IF_MISSING=true to generate it.");
                }
                List<JWK> all = new ArrayList<>(set.getKeys());
                all.add(new RSAKeyGenerator(KEY_BITS).keyID(kid).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).generate());
                write(file, new JWKSet(all));
                LOG.info("Generated signing key " + kid + " in " + file.toAbsolutePath());
                keys = new JWKSet(all);
            } else {
                keys = set;
            }
            signer = keys.getKeyByKeyId(kid).toRSAKey();
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot read the signing keys from " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }

    private static JWK last(JWKSet set) {
        return set.getKeys().get(set.getKeys().size() - 1);
    }

    private static void write(Path file, JWKSet set) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "keys", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.writeString(temp, set.toString(false), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The URL that names a key in JWT headers and resolves to its public JWK. */
    public String kidUrl(String keyId) {
        return baseUrl.replaceAll("/+$", "") + "/api/v1/keys/" + keyId;
    }

    /** Signs a JSON payload as a compact JWS (RS256, {@code kid} = the key's URL, {@code typ} JWT). */
    public String sign(String payloadJson) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(kidUrl(signer.getKeyID())).build(), new Payload(payloadJson));
            jws.sign(new RSASSASigner(signer));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing failed: " + e.getMessage(), e);
        }
    }

    /** The public JWK set as JSON, each key named by its URL. */
    public Map<String, Object> publicJwks() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (JWK key : keys.getKeys()) {
            list.add(publicJwk(key));
        }
        return Map.of("keys", list);
    }

    /** One key's public JWK, if there is such a key. */
    public Optional<Map<String, Object>> publicJwk(String keyId) {
        return Optional.ofNullable(keys.getKeyByKeyId(keyId)).map(this::publicJwk);
    }

    private Map<String, Object> publicJwk(JWK key) {
        Map<String, Object> json = new java.util.LinkedHashMap<>(key.toPublicJWK().toJSONObject());
        json.put("kid", kidUrl(key.getKeyID()));
        return json;
    }

    /** The public key of the key that signs now (for tests and the verification of what was issued). */
    public RSAKey activePublicKey() {
        return signer.toPublicJWK();
    }
}
