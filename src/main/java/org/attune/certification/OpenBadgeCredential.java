package org.attune.certification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.attune.content.CourseContent;
import org.attune.platform.faces.Texts;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} of a certificate (VC Data Model 2.0 form), and its VC-JWT
 * payload: the credential with the registered claims {@code iss}, {@code jti}, {@code nbf}, {@code sub} and
 * {@code exp}. The holder is named by an unhashed name identity (no other personal data); the credential's status
 * is a two-bit entry in Attune's Bitstring Status List.
 */
public final class OpenBadgeCredential {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private OpenBadgeCredential() {
    }

    /** The public addresses the credential points at. */
    public record Urls(String base) {

        /** The base URL without trailing slashes. */
        public Urls {
            base = base.replaceAll("/+$", "");
        }

        String root() {
            return base;
        }

        public String credential(CertificateNumber number) {
            return root() + "/api/v1/certificates/" + number + "/credential";
        }

        public String issuer() {
            return root() + "/api/v1/issuer";
        }

        public String statusList() {
            return root() + "/api/v1/status-lists/1";
        }

        public String verify(CertificateNumber number) {
            return root() + "/verify/" + number;
        }

        public String achievement(Certificate c) {
            return root() + "/achievements/" + c.getCourseCode() + "/" + c.getSyllabusLabel();
        }
    }

    /**
     * The credential of a certificate. Its achievement is the qualification of the certificate's syllabus version:
     * the qualification's name, and a description of what it certifies and what it does not.
     */
    public static JsonObject credential(Certificate c, CourseContent.Qualification qualification, Urls urls) {
        JsonArrayBuilder competences = Json.createArrayBuilder();
        c.getCompetences().forEach(competences::add);
        JsonObject achievement = Json.createObjectBuilder()
                .add("id", urls.achievement(c))
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", "Certificate")
                .add("name", qualification.name())
                .add("description", description(qualification))
                .add("criteria", Json.createObjectBuilder().add("narrative", "Every module of syllabus version "
                        + c.getSyllabusLabel() + " read and its quiz passed; observed practice rated competent in"
                        + " every competence of the framework, with a full practicum programme, and signed off by a"
                        + " trainer of an accredited training organisation."))
                .add("humanCode", c.getCourseCode())
                .add("version", c.getSyllabusLabel())
                .add("tag", competences)
                .add("creator", Json.createObjectBuilder()
                        .add("id", urls.root() + "/organisations/" + c.getOrganisationId())
                        .add("type", Json.createArrayBuilder().add("Profile"))
                        .add("name", c.getOrganisationName()))
                .build();
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("id", subjectId(c))
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "IdentityObject").add("identityHash", c.getHolderName())
                        .add("identityType", "name").add("hashed", false)))
                .add("achievement", achievement);
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", urls.credential(c.getNumber()))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", Json.createObjectBuilder().add("id", urls.issuer())
                        .add("type", Json.createArrayBuilder().add("Profile")).add("name", "Attune")
                        .add("url", urls.root()))
                .add("name", "Facilitator certificate " + c.getNumber() + ": " + c.getCourseTitle())
                .add("validFrom", seconds(c.getIssuedAt()).toString())
                .add("validUntil", seconds(c.getExpiresAt()).toString())
                .add("credentialSubject", subject)
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", urls.statusList() + "#" + c.getId())
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "message")
                        .add("statusListIndex", String.valueOf(c.getId()))
                        .add("statusListCredential", urls.statusList())
                        .add("statusSize", StatusList.BITS_PER_ENTRY)
                        .add("statusMessage", Json.createArrayBuilder()
                                .add(message(0, "active")).add(message(1, "suspended")).add(message(2, "revoked"))))
                .build();
    }

    /** What the qualification certifies, then what it does not: the achievement's description. */
    public static String description(CourseContent.Qualification qualification) {
        return qualification.certifies() + " " + text("credential.doesNotCertify") + " "
                + String.join(" ", qualification.doesNotCertify());
    }

    private static JsonObjectBuilder message(int value, String text) {
        return Json.createObjectBuilder().add("status", "0x" + Integer.toHexString(value)).add("message", text);
    }

    static String subjectId(Certificate c) {
        return "urn:attune:certificate:" + c.getNumber();
    }

    /** The VC-JWT payload: the credential and its registered claims. */
    public static JsonObject jwtPayload(JsonObject credential, Certificate c, Urls urls) {
        JsonObjectBuilder payload = Json.createObjectBuilder(credential);
        payload.add("iss", urls.issuer());
        payload.add("jti", urls.credential(c.getNumber()));
        payload.add("sub", subjectId(c));
        payload.add("nbf", c.getIssuedAt().getEpochSecond());
        payload.add("iat", c.getIssuedAt().getEpochSecond());
        payload.add("exp", c.getExpiresAt().getEpochSecond());
        return payload.build();
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A text of the en-GB bundle (no Faces context here: certificates are made outside requests too). */
    private static String text(String key) {
        return java.util.ResourceBundle.getBundle(Texts.BUNDLE, java.util.Locale.UK).getString(key);
    }
}
