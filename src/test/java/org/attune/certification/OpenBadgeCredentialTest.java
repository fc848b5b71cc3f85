package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The credential Attune issues against the official Open Badges 3.0 AchievementCredential JSON Schema. */
class OpenBadgeCredentialTest {

    private static final OpenBadgeCredential.Urls URLS = new OpenBadgeCredential.Urls("https://attune.example/");

    static Set<ValidationMessage> validate(String json) throws Exception {
        try (InputStream schema = OpenBadgeCredentialTest.class
                .getResourceAsStream("/standards/openbadges-3.0/achievementcredential.schema.json")) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(schema);
            return s.validate(new ObjectMapper().readTree(json));
        }
    }

    @Test
    void credentialValidatesAgainstTheOpenBadges30Schema() throws Exception {
        Certificate c = CertificateSamples.certificate(42);
        JsonObject credential = OpenBadgeCredential.credential(c, CertificateSamples.qualification(), URLS);
        assertEquals(Set.of(), validate(credential.toString()));
        assertEquals(Set.of(), validate(OpenBadgeCredential.jwtPayload(credential, c, URLS).toString()),
                "the VC-JWT payload is the credential plus registered claims");
    }

    @Test
    void achievementNameAndDescriptionComeFromTheQualification() {
        JsonObject achievement = OpenBadgeCredential.credential(CertificateSamples.certificate(42),
                CertificateSamples.qualification(), URLS).getJsonObject("credentialSubject")
                .getJsonObject("achievement");
        assertEquals("Facilitator of parent-infant communication in infant massage classes",
                achievement.getString("name"));
        assertEquals("The holder was trained and observed in supporting parent-infant communication in infant"
                + " massage classes. It does not certify: Massage therapy. Clinical or medical skills. Teaching"
                + " massage strokes as such. Unsupervised work with medically complex babies.",
                achievement.getString("description"));
        assertFalse(achievement.toString().toLowerCase(java.util.Locale.ROOT).contains("certified infant massage"));
    }

    @Test
    void schemaCatchesACredentialMissingWhatItRequires() throws Exception {
        JsonObject credential = OpenBadgeCredential.credential(CertificateSamples.certificate(42),
                CertificateSamples.qualification(), URLS);
        String withoutIssuer = jakarta.json.Json.createObjectBuilder(credential).remove("issuer").build().toString();
        assertFalse(validate(withoutIssuer).isEmpty(), "the test would notice a broken credential");
    }

    @Test
    void credentialNamesTheHolderTheAchievementAndItsStatusEntry() throws Exception {
        Certificate c = CertificateSamples.certificate(42);
        JsonNode json = new ObjectMapper().readTree(OpenBadgeCredential.jwtPayload(OpenBadgeCredential.credential(c,
                CertificateSamples.qualification(), URLS), c, URLS).toString());
        assertEquals("OpenBadgeCredential", json.get("type").get(1).asText());
        assertEquals("2026-11-26T10:15:30Z", json.get("validFrom").asText());
        assertEquals("2029-11-26T10:15:30Z", json.get("validUntil").asText());
        JsonNode identity = json.get("credentialSubject").get("identifier").get(0);
        assertEquals("Zoë O'Connor-Ndiaye", identity.get("identityHash").asText());
        assertEquals("name", identity.get("identityType").asText());
        assertEquals(12, json.get("credentialSubject").get("achievement").get("tag").size());
        JsonNode status = json.get("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.get("type").asText());
        assertEquals("42", status.get("statusListIndex").asText());
        assertEquals("https://attune.example/api/v1/status-lists/1", status.get("statusListCredential").asText());
        assertEquals("https://attune.example/api/v1/issuer", json.get("iss").asText());
        assertEquals(json.get("id").asText(), json.get("jti").asText());
        assertEquals(json.get("credentialSubject").get("id").asText(), json.get("sub").asText());
        assertEquals(1795688130L, json.get("nbf").asLong());
        assertTrue(json.get("exp").asLong() > json.get("nbf").asLong());
    }
}
