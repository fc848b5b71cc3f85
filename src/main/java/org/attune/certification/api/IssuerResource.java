package org.attune.certification.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.attune.certification.CredentialSigner;
import org.attune.certification.SigningKeys;
import org.attune.platform.rest.Problem;

/**
 * The issuer's public documents: its complete Open Badges profile ({@code GET /api/v1/issuer}, what the issuer id
 * of every credential dereferences to) and each signing key's
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
    public Response issuer() {
        return Response.ok(signer.issuerProfile().toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("keys/{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response key(@PathParam("id") String id) {
        return keys.publicJwk(id).map(k -> Response.ok(k).build()).orElseGet(() -> Problem.response(
                Response.Status.NOT_FOUND, "Unknown key", "No signing key has this id.", null));
    }
}
