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
import org.attune.certification.VerificationService;
import org.attune.platform.rest.Problem;

/**
 * Certificates by number. {@code GET /api/v1/certificates/{number}} is public verification (rate limited per
 * client by {@code VerificationRateLimitFilter}); {@code /pdf} and {@code /credential} are for the holder, their
 * training organisation's trainers and administrators.
 */
@Path("v1/certificates/{number}")
@ApplicationScoped
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

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response verify(@PathParam("number") String number) {
        VerificationService.Outcome outcome = verification.verify(number);
        if (outcome instanceof VerificationService.Found found) {
            return Response.ok(found.verification()).header("Cache-Control", "no-store").build();
        }
        if (outcome instanceof VerificationService.Mistyped) {
            return Problem.response(Response.Status.BAD_REQUEST, "Mistyped certificate number", "The check"
                    + " character does not match: one character of the number is probably mistyped. Check it against"
                    + " the certificate.", null);
        }
        if (outcome instanceof VerificationService.NotFound notFound) {
            return Problem.response(Response.Status.NOT_FOUND, "Unknown certificate", "No certificate has the number "
                    + notFound.number() + ".", null);
        }
        return Problem.response(Response.Status.BAD_REQUEST, "Not a certificate number",
                "Certificate numbers look like ATT-XXXX-XXXX-XXXX-X.", null);
    }

    @GET
    @Path("pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("number") String number) {
        return downloadable(number).map(c -> Response.ok(CertificatePdf.render(c, signer.qualification(c),
                        signer.urls().verify(c.getNumber())), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"attune-certificate-" + c.getNumber() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build()).orElseGet(this::refused);
    }

    @GET
    @Path("credential")
    @Produces({VC_JWT, "application/problem+json"})
    public Response credential(@PathParam("number") String number) {
        return downloadable(number).map(c -> Response.ok(c.getCredential(), VC_JWT)
                .header("Content-Disposition", "attachment; filename=\"attune-credential-" + c.getNumber() + ".jwt\"")
                .header("Cache-Control", "private, no-store").build()).orElseGet(this::refused);
    }

    private Optional<Certificate> downloadable(String number) {
        return CertificateNumber.parse(number).number().flatMap(certification::find)
                .filter(c -> access.mayDownload(currentUser.person(), c));
    }

    private Response refused() {
        return currentUser.isSignedIn()
                ? Problem.response(Response.Status.NOT_FOUND, "Not found", "There is no certificate with this"
                        + " number that you may download. Anyone can verify a number at /verify.", null)
                : Problem.response(Response.Status.UNAUTHORIZED, "Sign in", "Sign in to download your certificate.",
                        "login");
    }
}
