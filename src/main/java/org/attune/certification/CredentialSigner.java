package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.attune.catalog.CatalogService;
import org.attune.catalog.SyllabusVersion;
import org.attune.content.CourseContent;
import org.attune.platform.config.BaseUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes a certificate's signed VC-JWT and knows the public addresses credentials point at. */
@ApplicationScoped
public class CredentialSigner {

    @Inject
    private SigningKeys keys;

    @Inject
    private CatalogService catalog;

    @Inject
    private BaseUrl baseUrl;

    @Inject
    @ConfigProperty(name = "attune.issuer.email")
    private String issuerEmail;

    private OpenBadgeCredential.Urls urls;

    public OpenBadgeCredential.Urls urls() {
        if (urls == null) {
            urls = new OpenBadgeCredential.Urls(baseUrl.value());
        }
        return urls;
    }

    /** The issuer's Open Badges profile. */
    public JsonObject issuerProfile() {
        return OpenBadgeCredential.issuerProfile(urls(), issuerEmail);
    }

    /** The compact VC-JWT of a certificate that has its status list slot and identity salt. */
    public String sign(Certificate certificate) {
        var credential = OpenBadgeCredential.credential(certificate, qualification(certificate), urls());
        return keys.sign(
                OpenBadgeCredential.jwtPayload(credential, certificate, urls()).toString());
    }

    /**
     * The qualification of the certificate's syllabus version; for a version imported before qualifications were
     * stated, that of the course's live version (the course meant the same, it had not yet written it down).
     */
    public CourseContent.Qualification qualification(Certificate certificate) {
        return catalog.version(certificate.getSyllabusVersionId())
                .flatMap(SyllabusVersion::qualification)
                .or(() -> catalog.live(certificate.getCourseCode()).flatMap(SyllabusVersion::qualification))
                .orElseThrow(() -> new IllegalStateException(
                        "No qualification is stated for course " + certificate.getCourseCode()));
    }
}
