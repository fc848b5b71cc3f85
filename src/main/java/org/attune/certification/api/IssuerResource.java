package org.attune.certification.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.attune.certification.CredentialSigner;
import org.attune.certification.SigningKeys;
import org.attune.platform.rest.Problem;

/**
 * The issuer's public documents: its Open Badges profile ({@code GET /api/v1/issuer}) and each signing key's
 * public JWK ({@code GET /api/v1/keys/{id}}, what a credential's {@code kid} names). All public.
 */
@Path("v1")
@ApplicationScoped
public class IssuerResource {

    @Inject
    private SigningKeys keys;

    @Inject
    private CredentialSigner signer;

    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> issuer() {
        return Map.of("@context", List.of("https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                "id", signer.urls().issuer(), "type", List.of("Profile"), "name", "Attune",
                "url", signer.urls().base(),
                "description", "Training and accreditation platform for infant massage facilitators.");
    }

    @GET
    @Path("keys/{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response key(@PathParam("id") String id) {
        return keys.publicJwk(id).map(k -> Response.ok(k).build()).orElseGet(() -> Problem.response(
                Response.Status.NOT_FOUND, "Unknown key", "No signing key has this id.", null));
    }
}
