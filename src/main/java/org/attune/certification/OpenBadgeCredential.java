package org.attune.certification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.attune.content.CourseContent;
import org.attune.platform.faces.Texts;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} of a certificate (VC Data Model 2.0 form), and its VC-JWT
 * payload: the credential with the registered claims {@code iss}, {@code jti}, {@code nbf}, {@code sub} and
 * {@code exp}. The holder is named only by a salted hash of their name ({@link IdentityHash}); the achievement carries
 * the course's badge image; the credential has two Bitstring Status List entries, one for revocation and one for
 * suspension, at the certificate's randomly chosen slot ({@link StatusListSlots}).
 */
public final class OpenBadgeCredential {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final String ISSUER_NAME = "Attune";

    private OpenBadgeCredential() {}

    /** The path of a course's badge image within the application. */
    public static String badgePath(String courseCode) {
        return "/badges/" + courseCode + ".png";
    }

    /** The badge image's text alternative: what it shows. */
    public static String badgeCaption(String courseCode, String courseTitle) {
        return MessageFormat.format(text("credential.badge.caption"), courseTitle, courseCode);
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

        /** The two-bit "message" list that credentials issued before the two-purpose lists point at. */
        public String statusList() {
            return root() + "/api/v1/status-lists/1";
        }

        public String statusList(StatusPurpose purpose, int list) {
            return root() + "/api/v1/status-lists/" + purpose.json() + "/" + list;
        }

        /** The course's badge, a PNG served as a static file. */
        public String badgeImage(String courseCode) {
            return root() + badgePath(courseCode);
        }

        public String issuerImage() {
            return root() + "/badges/attune-issuer.png";
        }

        public String verify(CertificateNumber number) {
            return root() + "/verify/" + number;
        }

        /** The holder's public share page of a certificate. */
        public String share(CertificateNumber number) {
            return root() + "/share/" + number;
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
                .add(
                        "criteria",
                        Json.createObjectBuilder()
                                .add("narrative", Texts.english("credential.criteria", c.getSyllabusLabel())))
                .add(
                        "image",
                        Json.createObjectBuilder()
                                .add("id", urls.badgeImage(c.getCourseCode()))
                                .add("type", "Image")
                                .add("caption", badgeCaption(c.getCourseCode(), c.getCourseTitle())))
                .add("humanCode", c.getCourseCode())
                .add("version", c.getSyllabusLabel())
                .add("tag", competences)
                .add(
                        "creator",
                        Json.createObjectBuilder()
                                .add("id", urls.root() + "/organisations/" + c.getOrganisationId())
                                .add("type", Json.createArrayBuilder().add("Profile"))
                                .add("name", c.getOrganisationName()))
                .build();
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("id", subjectId(c))
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add(
                        "identifier",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "IdentityObject")
                                        .add("identityHash", c.identityHash())
                                        .add("identityType", "name")
                                        .add("hashed", true)
                                        .add("salt", c.getIdentitySalt())))
                .add("achievement", achievement);
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", urls.credential(c.getNumber()))
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add(
                        "issuer",
                        Json.createObjectBuilder()
                                .add("id", urls.issuer())
                                .add("type", Json.createArrayBuilder().add("Profile"))
                                .add("name", ISSUER_NAME)
                                .add("url", urls.root())
                                .add(
                                        "image",
                                        Json.createObjectBuilder()
                                                .add("id", urls.issuerImage())
                                                .add("type", "Image")
                                                .add("caption", text("issuer.image.caption"))))
                .add("name", Texts.english("credential.name", c.getNumber().toString(), c.getCourseTitle()))
                .add("validFrom", seconds(c.getIssuedAt()).toString())
                .add("validUntil", seconds(c.getExpiresAt()).toString())
                .add("credentialSubject", subject)
                .add(
                        "credentialStatus",
                        Json.createArrayBuilder()
                                .add(statusEntry(c, StatusPurpose.REVOCATION, urls))
                                .add(statusEntry(c, StatusPurpose.SUSPENSION, urls)))
                .build();
    }

    /** One status entry: a bit at the certificate's index in the list of that purpose. */
    private static JsonObjectBuilder statusEntry(Certificate c, StatusPurpose purpose, Urls urls) {
        StatusListSlots.Slot slot = c.getStatusSlot()
                .orElseThrow(
                        () -> new IllegalStateException("Certificate " + c.getNumber() + " has no status list slot"));
        String list = urls.statusList(purpose, slot.list());
        return Json.createObjectBuilder()
                .add("id", list + "#" + slot.index())
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", purpose.json())
                .add("statusListIndex", String.valueOf(slot.index()))
                .add("statusListCredential", list);
    }

    /**
     * The issuer's complete Open Badges {@code Profile}, what its id dereferences to: name, web site, e-mail
     * address, logo and description.
     */
    public static JsonObject issuerProfile(Urls urls, String email) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", urls.issuer())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", ISSUER_NAME)
                .add("url", urls.root())
                .add("email", email)
                .add("description", text("issuer.description"))
                .add(
                        "image",
                        Json.createObjectBuilder()
                                .add("id", urls.issuerImage())
                                .add("type", "Image")
                                .add("caption", text("issuer.image.caption")))
                .build();
    }

    /** What the qualification certifies, then what it does not: the achievement's description. */
    public static String description(CourseContent.Qualification qualification) {
        return qualification.certifies() + " " + text("credential.doesNotCertify") + " "
                + String.join(" ", qualification.doesNotCertify());
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

    /**
     * The identity hash a signed credential (compact VC-JWT) carries for its holder, read from the payload without
     * checking the signature (Attune reads its own stored credential); empty when it carries none or cannot be read.
     */
    public static Optional<String> identityHashIn(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(
                new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            JsonValue identifiers =
                    reader.readObject().getJsonObject("credentialSubject").get("identifier");
            if (identifiers == null || identifiers.getValueType() != JsonValue.ValueType.ARRAY) {
                return Optional.empty();
            }
            return identifiers.asJsonArray().stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(JsonValue::asJsonObject)
                    .filter(o -> "IdentityObject".equals(o.getString("type", null)))
                    .map(o -> o.getString("identityHash", null))
                    .filter(h -> h != null)
                    .findFirst();
        } catch (RuntimeException unreadable) { // not base64url, not JSON, no credentialSubject: nothing to compare
            return Optional.empty();
        }
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A text of the en-GB bundle (no Faces context here: certificates are made outside requests too). */
    private static String text(String key) {
        return ResourceBundle.getBundle(Texts.BUNDLE, Locale.UK).getString(key);
    }
}
