package org.attune.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Gives a page a short public address {@code /<name>/{value}} (the kind printed with a QR code): forwards to
 * {@code /<name>.xhtml?<parameter>=<value>}, and {@code /<name>/} alone to the page without one. A value longer than
 * any real one is forwarded as "-", which the page reports as one it cannot find.
 */
public abstract class ShortAddressForward extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String parameter;
    private final int longest;

    protected ShortAddressForward(String name, String parameter, int longest) {
        this.name = name;
        this.parameter = parameter;
        this.longest = longest;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/" + name);
            return;
        }
        request.getRequestDispatcher("/" + name + ".xhtml?" + parameter + "="
                        + URLEncoder.encode(path.length() > longest ? "-" : path, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
