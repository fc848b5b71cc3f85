package org.attune.certification.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.attune.account.CurrentUser;
import org.attune.certification.Certificate;
import org.attune.certification.CertificateAccess;
import org.attune.certification.CertificateNumber;
import org.attune.certification.CertificatePdf;
import org.attune.certification.CertificationService;
import org.attune.certification.CredentialSigner;
import org.attune.certification.Verification;
import org.attune.certification.VerificationService;
import org.attune.platform.faces.Texts;
import org.attune.platform.rest.Answers;
import org.attune.platform.rest.ApiDocs;
import org.attune.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Certificates by number. {@code GET /api/v1/certificates/{number}} is public verification (rate limited per
 * client by {@code VerificationRateLimitFilter}); {@code /pdf} and {@code /credential} are for the holder, their
 * training organisation's trainers and administrators.
 */
@Path("v1/certificates/{number}")
@ApplicationScoped
@Tag(name = ApiDocs.CERTIFICATES)
public class CertificateResource {

    public static final String VC_JWT = "application/vc+jwt";

    @Inject
    private VerificationService verification;

    @Inject
    private CertificationService certification;

    @Inject
    private CertificateAccess access;

    @Inject
    private CredentialSigner signer;

    @Inject
    private CurrentUser currentUser;

    static final String VERIFICATION_EXAMPLE = "{\"number\":\"ATT-7K3M-Q9XZ-2D4F-H\",\"status\":\"active\","
            + "\"statusText\":\"Valid: this certificate is current.\",\"holder\":\"Sam Example\","
            + "\"trainingOrganisation\":{\"name\":\"Riverside Training\",\"accreditation\":{\"statusNow\":"
            + "\"ACCREDITED\",\"statusAtIssue\":\"ACCREDITED\",\"focus\":\"Parent-infant communication\","
            + "\"validUntil\":\"2028-01-31T00:00:00Z\"}},\"course\":{\"code\":\"ATT-IC\",\"title\":"
            + "\"Infant communication through massage\"},\"syllabusVersion\":{\"label\":\"2026.1\","
            + "\"contentHash\":\"3f2a...\"},\"issued\":\"2026-06-01T09:00:00Z\",\"expires\":"
            + "\"2029-06-01T09:00:00Z\",\"competences\":[\"Reads the baby's cues\"],\"verificationUrl\":"
            + "\"https://attune.example/verify/ATT-7K3M-Q9XZ-2D4F-H\"}";

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(
            summary = "Verify a certificate",
            description = "Anyone can check a certificate number: its status"
                    + " (active, expired, suspended or revoked), the holder's name, the training organisation and its"
                    + " accreditation now and at issue, the course and syllabus version and the dates. Limited per client"
                    + " address (429 with Retry-After beyond it). A number with a wrong check character is told apart from"
                    + " an unknown one.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate as verifiers see it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Verification.class),
                            examples = @ExampleObject(name = "active", value = VERIFICATION_EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "Not a certificate number, or one with a mistyped character.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No certificate has this number.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown", value = ApiDocs.PROBLEM_EXAMPLE)))
    @APIResponse(
            responseCode = "429",
            description = "Too many look-ups from this address; see Retry-After.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response verify(
            @Parameter(
                            description = "The certificate number as printed on the certificate or in its"
                                    + " QR code; lower case, spaces and missing dashes are accepted.",
                            example = ApiDocs.CERTIFICATE_NUMBER_EXAMPLE,
                            schema = @Schema(pattern = ApiDocs.CERTIFICATE_NUMBER_PATTERN, maxLength = 64))
                    @PathParam("number")
                    String number) {
        VerificationService.Outcome outcome = verification.verify(number);
        if (outcome instanceof VerificationService.Found found) {
            return Answers.noStore(found.verification());
        }
        if (outcome instanceof VerificationService.Mistyped) {
            return Problem.fromBundle(
                    Response.Status.BAD_REQUEST, "api.certificate.mistyped.title", "api.certificate.mistyped.detail");
        }
        if (outcome instanceof VerificationService.NotFound notFound) {
            return Problem.fromBundle(
                    Response.Status.NOT_FOUND,
                    "api.certificate.unknown.title",
                    "api.certificate.unknown.detail",
                    notFound.number());
        }
        return Problem.fromBundle(
                Response.Status.BAD_REQUEST, "api.certificate.badlyFormed.title", "roster.badlyFormed");
    }

    @GET
    @Path("pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(
            summary = "Download the certificate as PDF",
            description = "The printable certificate with its QR"
                    + " code, for the holder, their training organisation's trainers and administrators (signed in).")
    @SecurityRequirement(name = ApiDocs.SESSION)
    @APIResponse(
            responseCode = "200",
            description = "The PDF, as an attachment.",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No certificate with this number that you may download.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response pdf(
            @Parameter(
                            description = "The certificate number.",
                            example = ApiDocs.CERTIFICATE_NUMBER_EXAMPLE,
                            schema = @Schema(pattern = ApiDocs.CERTIFICATE_NUMBER_PATTERN, maxLength = 64))
                    @PathParam("number")
                    String number) {
        return downloadable(number)
                .map(c -> Answers.privateDownload(
                        CertificatePdf.render(
                                c, signer.qualification(c), signer.urls().verify(c.getNumber())),
                        "application/pdf",
                        "attune-certificate-" + c.getNumber() + ".pdf"))
                .orElseGet(this::refused);
    }

    @GET
    @Path("credential")
    @Produces({VC_JWT, "application/problem+json"})
    @Operation(
            summary = "Download the signed Open Badges credential",
            description = "The certificate as an Open"
                    + " Badges 3.0 verifiable credential, a JWT signed RS256 (keys at /.well-known/jwks.json), for the"
                    + " holder, their training organisation's trainers and administrators (signed in).")
    @SecurityRequirement(name = ApiDocs.SESSION)
    @APIResponse(
            responseCode = "200",
            description = "The credential (compact JWT), as an attachment.",
            content = @Content(mediaType = VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No certificate with this number that you may download.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response credential(
            @Parameter(
                            description = "The certificate number.",
                            example = ApiDocs.CERTIFICATE_NUMBER_EXAMPLE,
                            schema = @Schema(pattern = ApiDocs.CERTIFICATE_NUMBER_PATTERN, maxLength = 64))
                    @PathParam("number")
                    String number) {
        return downloadable(number)
                .flatMap(c -> certification
                        .credentialOf(c)
                        .map(signed -> Answers.privateDownload(
                                signed.jwt(), VC_JWT, "attune-credential-" + c.getNumber() + ".jwt")))
                .orElseGet(this::refused);
    }

    private Optional<Certificate> downloadable(String number) {
        return CertificateNumber.parse(number)
                .number()
                .flatMap(certification::find)
                .filter(c -> access.mayDownload(currentUser.person(), c));
    }

    private Response refused() {
        return currentUser.isSignedIn()
                ? Problem.fromBundle(
                        Response.Status.NOT_FOUND, "failure.title.notFound", "api.certificate.notDownloadable")
                : Problem.response(
                        Response.Status.UNAUTHORIZED,
                        Texts.get("api.certificate.signIn.title"),
                        Texts.get("api.certificate.signIn.detail"),
                        "login");
    }
}
