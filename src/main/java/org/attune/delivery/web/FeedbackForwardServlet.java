package org.attune.delivery.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Gives the parents' feedback page its short public address {@code /feedback/{code}} (the URL on every poster and
 * in its QR code): forwards to {@code feedback.xhtml?code=}. Anything too long to be a code is forwarded as "-",
 * which the page reports as a code it cannot find.
 */
@WebServlet("/feedback/*")
public class FeedbackForwardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/feedback");
            return;
        }
        request.getRequestDispatcher("/feedback.xhtml?code="
                        + URLEncoder.encode(path.length() > 40 ? "-" : path, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
