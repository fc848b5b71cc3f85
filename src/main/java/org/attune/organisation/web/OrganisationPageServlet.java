package org.attune.organisation.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives each training organisation's public page its address {@code /organisations/{id}} (public). */
@WebServlet("/organisations/*")
public class OrganisationPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/\\d{1,18}")) {
            response.sendError(404);
            return;
        }
        request.getRequestDispatcher("/organisation-profile.xhtml?id=" + path.substring(1))
                .forward(request, response);
    }
}
