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
import org.attune.platform.rest.ApiDocs;
import org.attune.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The issuer's public documents: its complete Open Badges profile ({@code GET /api/v1/issuer}, what the issuer id
 * of every credential dereferences to) and each signing key's
 * public JWK ({@code GET /api/v1/keys/{id}}, what a credential's {@code kid} names). All public.
 */
@Path("v1")
@ApplicationScoped
@Tag(name = ApiDocs.ISSUER)
public class IssuerResource {

    @Inject
    private SigningKeys keys;

    @Inject
    private CredentialSigner signer;

    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The issuer's Open Badges profile",
            description = "Who issues Attune's credentials: the"
                    + " complete Profile that each credential's issuer id dereferences to. Public.")
    @APIResponse(
            responseCode = "200",
            description = "The issuer profile (JSON-LD).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT),
                            examples =
                                    @ExampleObject(
                                            name = "issuer",
                                            value = "{\"@context\":[\"https://www.w3.org/ns/"
                                                    + "credentials/v2\",\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                                                    + "\"id\":\"https://attune.example/api/v1/issuer\",\"type\":[\"Profile\"],"
                                                    + "\"name\":\"Attune\",\"url\":\"https://attune.example\"}")))
    public Response issuer() {
        return Response.ok(signer.issuerProfile().toString(), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("keys/{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(
            summary = "One public signing key",
            description = "The public JWK of the key a credential's kid"
                    + " names, also while it no longer signs (rotation keeps old keys published). Public; all keys at"
                    + " /.well-known/jwks.json.")
    @APIResponse(
            responseCode = "200",
            description = "The public key as a JWK.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT),
                            examples =
                                    @ExampleObject(
                                            name = "rsa",
                                            value =
                                                    "{\"kty\":\"RSA\",\"kid\":\"attune-2026-1\","
                                                            + "\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"0vx7ago...\",\"e\":\"AQAB\"}")))
    @APIResponse(
            responseCode = "404",
            description = "No signing key has this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response key(
            @Parameter(
                            description = "The key id (a credential's kid).",
                            example = "attune-2026-1",
                            schema = @Schema(maxLength = 200))
                    @PathParam("id")
                    String id) {
        return keys.publicJwk(id)
                .map(k -> Response.ok(k).build())
                .orElseGet(() -> Problem.fromBundle(
                        Response.Status.NOT_FOUND, "api.key.unknown.title", "api.key.unknown.detail"));
    }
}
