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
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.attune.platform.config.BaseUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The issuer's RSA signing keys, read from a JWK set file named in configuration (never the database) that every node
 * of a cluster reads (a shared volume or secret). Several keys may be in the file: {@code attune.signing.kid} chooses
 * the one that signs, else the newest does, and all of them are published (public parts only) so that credentials
 * signed before a rotation still verify. The file is read again when it changes, so a key added on one node is
 * published, and without a pinned kid used, by every node within seconds.
 *
 * <p>A missing file or key is generated only when told ({@code ATTUNE_SIGNING_GENERATE_IF_MISSING=true}), or in the
 * embedded run mode; production refuses to start without its keys. Generation holds a lock on a file beside the key
 * set and reads the set again inside it, so nodes starting together end up with one key, not one each. A generated
 * key's id ends with its JWK thumbprint (RFC 7638), so two different keys never share an id.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final int KEY_BITS = 3072;
    private static final long RECHECK_NANOS = 5_000_000_000L;

    @Inject
    @ConfigProperty(name = "attune.signing.key-file")
    private String keyFile;

    @Inject
    @ConfigProperty(name = "attune.signing.kid")
    private Optional<String> activeKid;

    @Inject
    @ConfigProperty(name = "attune.signing.generate-if-missing")
    private Optional<Boolean> generateIfMissing;

    @Inject
    @ConfigProperty(name = "attune.db.url", defaultValue = "")
    private String databaseUrl;

    @Inject
    private BaseUrl baseUrl;

    private record Loaded(JWKSet keys, RSAKey signer, FileTime modified) {}

    private volatile Loaded loaded;
    private volatile long checkedAt;

    @PostConstruct
    void load() {
        Path file = Path.of(keyFile);
        try {
            JWKSet set = read(file);
            if (set.getKeys().isEmpty()
                    || pinnedKid().filter(k -> set.getKeyByKeyId(k) == null).isPresent()) {
                if (!generate()) {
                    throw new IllegalStateException("No signing key "
                            + pinnedKid().map(k -> "\"" + k + "\" ").orElse("") + "in " + file.toAbsolutePath()
                            + ". Provide the key set file that every"
                            + " node reads (ATTUNE_SIGNING_KEY_FILE), or set ATTUNE_SIGNING_GENERATE_IF_MISSING=true"
                            + " to generate it once.");
                }
                generateUnderLock(file);
            }
            reload(file);
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException(
                    "Cannot read the signing keys from " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private boolean generate() {
        return generateIfMissing.orElse(databaseUrl.startsWith("jdbc:h2:"));
    }

    private Optional<String> pinnedKid() {
        return activeKid.map(String::strip).filter(k -> !k.isEmpty());
    }

    private static JWKSet read(Path file) throws IOException, ParseException {
        return Files.exists(file) ? JWKSet.load(file.toFile()) : new JWKSet();
    }

    /** Adds the missing key unless another node added it while this one waited for the lock. */
    private void generateUnderLock(Path file) throws IOException, ParseException, JOSEException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (FileChannel lockFile = FileChannel.open(
                        parent.resolve(file.getFileName() + ".lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            JWKSet set = read(file);
            Optional<String> kid = pinnedKid();
            if (kid.isPresent()
                    ? set.getKeyByKeyId(kid.get()) != null
                    : !set.getKeys().isEmpty()) {
                return;
            }
            RSAKey key = new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            String id = kid.orElseGet(() -> {
                try {
                    return "attune-" + LocalDate.now() + "-"
                            + key.computeThumbprint().toString().substring(0, 12);
                } catch (JOSEException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<JWK> all = new ArrayList<>(set.getKeys());
            all.add(new RSAKey.Builder(key).keyID(id).build());
            write(file, new JWKSet(all));
            LOG.info("Generated signing key " + id + " in " + file.toAbsolutePath());
        }
    }

    private void reload(Path file) throws IOException, ParseException {
        FileTime modified = Files.getLastModifiedTime(file);
        JWKSet set = read(file);
        String kid = pinnedKid().orElseGet(() -> last(set).getKeyID());
        JWK signer = set.getKeyByKeyId(kid);
        if (signer == null) {
            throw new IllegalStateException("The signing key \"" + kid + "\" is not in " + file.toAbsolutePath());
        }
        loaded = new Loaded(set, signer.toRSAKey(), modified);
        checkedAt = System.nanoTime();
    }

    /** The keys as the file holds them now: read again when the file changed (checked at most every 5 s). */
    private Loaded current() {
        Loaded now = loaded;
        if (System.nanoTime() - checkedAt < RECHECK_NANOS) {
            return now;
        }
        checkedAt = System.nanoTime();
        Path file = Path.of(keyFile);
        try {
            if (!Files.getLastModifiedTime(file).equals(now.modified())) {
                reload(file);
                LOG.info(() -> "Signing keys read again from " + file.toAbsolutePath() + "; "
                        + loaded.signer().getKeyID() + " signs");
            }
        } catch (IOException | ParseException | RuntimeException e) {
            LOG.warning(() -> "Signing keys in " + file.toAbsolutePath() + " could not be read again; the keys read"
                    + " before stay in use: " + e.getMessage());
        }
        return loaded;
    }

    private static JWK last(JWKSet set) {
        return set.getKeys().get(set.getKeys().size() - 1);
    }

    private static void write(Path file, JWKSet set) throws IOException {
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
        return baseUrl.to("/api/v1/keys/" + keyId);
    }

    /** Signs a JSON payload as a compact JWS (RS256, {@code kid} = the key's URL, {@code typ} JWT). */
    public String sign(String payloadJson) {
        RSAKey signer = current().signer();
        try {
            JWSObject jws = new JWSObject(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .keyID(kidUrl(signer.getKeyID()))
                            .build(),
                    new Payload(payloadJson));
            jws.sign(new RSASSASigner(signer));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing failed: " + e.getMessage(), e);
        }
    }

    /** The public JWK set as JSON, each key named by its URL. */
    public Map<String, Object> publicJwks() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (JWK key : current().keys().getKeys()) {
            list.add(publicJwk(key));
        }
        return Map.of("keys", list);
    }

    /** One key's public JWK, if there is such a key. */
    public Optional<Map<String, Object>> publicJwk(String keyId) {
        return Optional.ofNullable(current().keys().getKeyByKeyId(keyId)).map(this::publicJwk);
    }

    private Map<String, Object> publicJwk(JWK key) {
        Map<String, Object> json = new LinkedHashMap<>(key.toPublicJWK().toJSONObject());
        json.put("kid", kidUrl(key.getKeyID()));
        return json;
    }

    /** The public key of the key that signs now (for tests and the verification of what was issued). */
    public RSAKey activePublicKey() {
        return current().signer().toPublicJWK();
    }
}
