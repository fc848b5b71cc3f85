package org.attune.certification.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.attune.certification.CertificateNumber;

/**
 * Gives the verification page its public address {@code /verify/{number}} (the URL in every QR code): forwards to
 * {@code verify.xhtml?number=}. Public; rate limited by {@code VerificationRateLimitFilter}.
 */
@WebServlet("/verify/*")
public class VerifyForwardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/verify");
            return;
        }
        request.getRequestDispatcher("/verify.xhtml?number="
                        + URLEncoder.encode(
                                path.length() > CertificateNumber.MAX_TYPED ? "-" : path, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
