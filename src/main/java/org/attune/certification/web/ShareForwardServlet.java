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
 * Gives the holder's share page its public address {@code /share/{number}}: forwards to
 * {@code share.xhtml?number=}. Public; rate limited with verification by {@code VerificationRateLimitFilter}.
 */
@WebServlet("/share/*")
public class ShareForwardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        request.getRequestDispatcher("/share.xhtml?number="
                        + URLEncoder.encode(
                                path.length() > CertificateNumber.MAX_TYPED ? "-" : path, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
