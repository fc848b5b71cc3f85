package org.attune.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.attune.account.CurrentUser;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.platform.web.PlainErrorPage;
import org.attune.privacy.SubjectAccessExport;

/**
 * {@code GET /account/personal-data}: the signed-in person's own export; {@code ?person=<id>}: an administrator's
 * download of anyone's (signed-in only, declared in {@code web.xml}). Anyone else asking for another person's data
 * gets 404, as for a person who does not exist; a malformed id gets 400 with a page saying so. Both are audited.
 */
@WebServlet("/account/personal-data")
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PersonalDataServlet.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PeopleService people;

    @Inject
    private SubjectAccessExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Person viewer = currentUser.person();
        if (viewer == null) {
            response.sendError(401);
            return;
        }
        String asked = request.getParameter("person");
        Optional<Person> subject;
        if (asked == null) {
            subject = Optional.of(viewer);
        } else if (!asked.matches("\\d{1,18}")) {
            LOG.info(() -> "Personal data export refused: malformed person id from person " + viewer.id());
            PlainErrorPage.refuse(response, 400, "privacy.export.malformed");
            return;
        } else {
            long id = Long.parseLong(asked);
            subject = id == viewer.id() || viewer.hasRole(Role.ADMINISTRATOR) ? people.find(id) : Optional.empty();
        }
        if (subject.isEmpty()) {
            PlainErrorPage.refuse(response, 404, "privacy.export.notFound");
            return;
        }
        export.recordDownload(subject.get(), viewer.id());
        response.setContentType("application/zip");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + SubjectAccessExport.fileName(subject.get()) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        export.write(subject.get(), response.getOutputStream());
    }
}
