package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The credential Attune issues against the official Open Badges 3.0 AchievementCredential JSON Schema, and the
 * issuer profile against the Profile schema.
 */
class OpenBadgeCredentialTest {

    private static final OpenBadgeCredential.Urls URLS = new OpenBadgeCredential.Urls("https://attune.example/");

    static Set<ValidationMessage> validate(String json) throws Exception {
        return validate(json, "achievementcredential.schema.json");
    }

    static Set<ValidationMessage> validate(String json, String schemaFile) throws Exception {
        try (InputStream schema =
                OpenBadgeCredentialTest.class.getResourceAsStream("/standards/openbadges-3.0/" + schemaFile)) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909)
                    .getSchema(schema);
            return s.validate(new ObjectMapper().readTree(json));
        }
    }

    /**
     * Validates a credential with two status entries. The OB 3.0 schema allows one {@code credentialStatus} object
     * (multiplicity 0..1; VC Data Model 2.0 allows a set, and 1EdTech issue #623 proposes it for 3.1), so the whole
     * credential may differ from the schema there and nowhere else, and the credential with each entry on its own
     * must validate completely.
     */
    static void assertValidWithEachStatusEntry(String json) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode credential = mapper.readTree(json);
        for (ValidationMessage m : validate(json)) {
            assertTrue(m.getInstanceLocation().toString().startsWith("$.credentialStatus"), m.toString());
        }
        JsonNode entries = credential.get("credentialStatus");
        assertEquals(2, entries.size());
        for (JsonNode entry : entries) {
            var single = ((ObjectNode) credential.deepCopy()).set("credentialStatus", entry);
            assertEquals(Set.of(), validate(mapper.writeValueAsString(single)), "with the entry " + entry);
        }
    }

    @Test
    void credentialValidatesAgainstTheOpenBadges30Schema() throws Exception {
        Certificate c = CertificateSamples.certificate(42);
        JsonObject credential = OpenBadgeCredential.credential(c, CertificateSamples.qualification(), URLS);
        assertValidWithEachStatusEntry(credential.toString());
        assertValidWithEachStatusEntry(
                OpenBadgeCredential.jwtPayload(credential, c, URLS).toString());
    }

    @Test
    void issuerProfileIsCompleteAndValidatesAgainstTheOpenBadges30ProfileSchema() throws Exception {
        JsonObject profile = OpenBadgeCredential.issuerProfile(URLS, "certificates@attune.example");
        assertEquals(Set.of(), validate(profile.toString(), "profile.schema.json"));
        for (String field : List.of("name", "url", "email", "description")) {
            assertFalse(profile.getString(field).isBlank(), field);
        }
        assertEquals("https://attune.example/api/v1/issuer", profile.getString("id"));
        assertEquals(
                "https://attune.example/badges/attune-issuer.png",
                profile.getJsonObject("image").getString("id"));
        assertFalse(profile.getJsonObject("image").getString("caption").isBlank());
        String broken =
                Json.createObjectBuilder(profile).add("email", 42).build().toString();
        assertFalse(validate(broken, "profile.schema.json").isEmpty(), "the test would notice a broken profile");
    }

    @Test
    void achievementHasTheCourseBadgeWithItsTextAlternative() {
        JsonObject image = OpenBadgeCredential.credential(
                        CertificateSamples.certificate(42), CertificateSamples.qualification(), URLS)
                .getJsonObject("credentialSubject")
                .getJsonObject("achievement")
                .getJsonObject("image");
        assertEquals("https://attune.example/badges/ATT-IC.png", image.getString("id"));
        assertEquals("Image", image.getString("type"));
        assertTrue(
                image.getString("caption")
                        .contains("Supporting parent-infant communication in infant massage" + " classes"),
                image.getString("caption"));
    }

    @Test
    void badgeAndIssuerImagesArePngsInTheWebApplication() throws Exception {
        for (String path : List.of(OpenBadgeCredential.badgePath("ATT-IC"), "/badges/attune-issuer.png")) {
            BufferedImage image = ImageIO.read(new File("src/main/webapp" + path));
            assertEquals(512, image.getWidth(), path);
            assertEquals(512, image.getHeight(), path);
        }
    }

    @Test
    void holderIsNamedOnlyByTheSaltedSha256OfTheName() throws Exception {
        Certificate c = CertificateSamples.certificate(42);
        String json = OpenBadgeCredential.credential(c, CertificateSamples.qualification(), URLS)
                .toString();
        assertFalse(json.contains("Connor"), "no plain name anywhere in the credential");
        JsonNode identity = new ObjectMapper()
                .readTree(json)
                .get("credentialSubject")
                .get("identifier")
                .get(0);
        assertTrue(identity.get("hashed").asBoolean());
        assertEquals(CertificateSamples.SALT, identity.get("salt").asText());
        // sha256 of the UTF-8 bytes of "Zoë O'Connor-Ndiaye" followed by the salt, computed with sha256sum
        assertEquals(
                "sha256$b34349ccde24ed799ae182ba50631afe9e479452fb30f7ef2bcd1a0b0df5dddf",
                identity.get("identityHash").asText());
    }

    @Test
    void achievementNameAndDescriptionComeFromTheQualification() {
        JsonObject achievement = OpenBadgeCredential.credential(
                        CertificateSamples.certificate(42), CertificateSamples.qualification(), URLS)
                .getJsonObject("credentialSubject")
                .getJsonObject("achievement");
        assertEquals(
                "Facilitator of parent-infant communication in infant massage classes", achievement.getString("name"));
        assertEquals(
                "The holder was trained and observed in supporting parent-infant communication in infant"
                        + " massage classes. It does not certify: Massage therapy. Clinical or medical skills. Teaching"
                        + " massage strokes as such. Unsupervised work with medically complex babies.",
                achievement.getString("description"));
        assertFalse(achievement.toString().toLowerCase(Locale.ROOT).contains("certified infant massage"));
    }

    @Test
    void schemaCatchesACredentialMissingWhatItRequires() throws Exception {
        JsonObject credential = OpenBadgeCredential.credential(
                CertificateSamples.certificate(42), CertificateSamples.qualification(), URLS);
        String withoutIssuer =
                Json.createObjectBuilder(credential).remove("issuer").build().toString();
        assertFalse(validate(withoutIssuer).isEmpty(), "the test would notice a broken credential");
    }

    @Test
    void credentialNamesTheHolderTheAchievementAndItsStatusEntry() throws Exception {
        Certificate c = CertificateSamples.certificate(42);
        JsonNode json = new ObjectMapper()
                .readTree(OpenBadgeCredential.jwtPayload(
                                OpenBadgeCredential.credential(c, CertificateSamples.qualification(), URLS), c, URLS)
                        .toString());
        assertEquals("OpenBadgeCredential", json.get("type").get(1).asText());
        assertEquals("2026-11-26T10:15:30Z", json.get("validFrom").asText());
        assertEquals("2029-11-26T10:15:30Z", json.get("validUntil").asText());
        JsonNode identity = json.get("credentialSubject").get("identifier").get(0);
        assertTrue(identity.get("identityHash").asText().startsWith("sha256$"));
        assertEquals("name", identity.get("identityType").asText());
        assertEquals(
                12, json.get("credentialSubject").get("achievement").get("tag").size());
        JsonNode statuses = json.get("credentialStatus");
        assertEquals(2, statuses.size());
        for (int i = 0; i < 2; i++) {
            JsonNode status = statuses.get(i);
            String purpose = i == 0 ? "revocation" : "suspension";
            assertEquals("BitstringStatusListEntry", status.get("type").asText());
            assertEquals(purpose, status.get("statusPurpose").asText());
            assertTrue(status.get("statusListIndex").isTextual(), "the index is a string");
            assertEquals("1042", status.get("statusListIndex").asText());
            assertEquals(
                    "https://attune.example/api/v1/status-lists/" + purpose + "/1",
                    status.get("statusListCredential").asText());
            assertEquals(
                    status.get("statusListCredential").asText() + "#1042",
                    status.get("id").asText());
            assertTrue(status.get("statusSize") == null, "one bit: statusSize left at its default");
        }
        assertEquals("https://attune.example/api/v1/issuer", json.get("iss").asText());
        assertEquals(json.get("id").asText(), json.get("jti").asText());
        assertEquals(
                json.get("credentialSubject").get("id").asText(),
                json.get("sub").asText());
        assertEquals(1795688130L, json.get("nbf").asLong());
        assertTrue(json.get("exp").asLong() > json.get("nbf").asLong());
    }
}
