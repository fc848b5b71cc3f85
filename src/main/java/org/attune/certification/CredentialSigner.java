package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes a certificate's signed VC-JWT and knows the public addresses credentials point at. */
@ApplicationScoped
public class CredentialSigner {

    @Inject
    private SigningKeys keys;

    @Inject
    @ConfigProperty(name = "attune.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    private OpenBadgeCredential.Urls urls;

    public OpenBadgeCredential.Urls urls() {
        if (urls == null) {
            urls = new OpenBadgeCredential.Urls(baseUrl);
        }
        return urls;
    }

    /** The compact VC-JWT of a certificate that has its id (its status list index). */
    public String sign(Certificate certificate) {
        var credential = OpenBadgeCredential.credential(certificate, urls());
        return keys.sign(OpenBadgeCredential.jwtPayload(credential, certificate, urls()).toString());
    }
}
