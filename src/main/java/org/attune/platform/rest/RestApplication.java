package org.attune.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Attune's HTTP API lives under {@code /api}; versioned paths ({@code /api/v1/...}) below it. Jersey's generated
 * WADL ({@code /api/application.wadl}) is switched off: the API is described by OpenAPI at {@code /openapi} (and
 * for people at {@code /api-docs}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Attune API",
                        version = "1",
                        description =
                                "Verify infant massage facilitators' certificates, check many at once, fetch the issuer's keys"
                                        + " and status list, and list the webhook events sent to your organisation. Errors are problem"
                                        + " details (RFC 9457). Human-readable version, with the webhook signature scheme: /api-docs."),
        tags = {
            @Tag(
                    name = ApiDocs.CERTIFICATES,
                    description = "Certificates by number: public verification, and the"
                            + " PDF and signed credential for the holder and their training organisation."),
            @Tag(name = ApiDocs.ISSUER, description = "The issuer's public documents: profile, keys, status list."),
            @Tag(
                    name = ApiDocs.EMPLOYERS,
                    description = "For employers' systems, with an API token: bulk"
                            + " verification and the webhook events sent to the organisation."),
            @Tag(name = ApiDocs.QUIZ, description = "Used by Attune's own quiz page (signed-in trainees).")
        })
@SecuritySchemes({
    @SecurityScheme(
            securitySchemeName = ApiDocs.BEARER,
            type = SecuritySchemeType.HTTP,
            scheme = "bearer",
            description = "An API token of the employer organisation (att_...), made by a manager under API tokens;"
                    + " sent as Authorization: Bearer <token>."),
    @SecurityScheme(
            securitySchemeName = ApiDocs.SESSION,
            type = SecuritySchemeType.APIKEY,
            in = SecuritySchemeIn.COOKIE,
            apiKeyName = "JSESSIONID",
            description = "The session of a person signed in to Attune's pages; writes also need the header"
                    + " X-Attune-Request: 1.")
})
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
