package org.attune.certification.web;

import jakarta.servlet.annotation.WebServlet;
import org.attune.certification.CertificateNumber;
import org.attune.platform.web.ShortAddressForward;

/**
 * Gives the verification page its public address {@code /verify/{number}} (the URL in every QR code): forwards to
 * {@code verify.xhtml?number=}. Public; rate limited by {@code VerificationRateLimitFilter}.
 */
@WebServlet("/verify/*")
public class VerifyForwardServlet extends ShortAddressForward {

    private static final long serialVersionUID = 1L;

    public VerifyForwardServlet() {
        super("verify", "number", CertificateNumber.MAX_TYPED);
    }
}
