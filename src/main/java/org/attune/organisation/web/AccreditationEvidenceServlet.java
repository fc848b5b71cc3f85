package org.attune.organisation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.attune.account.CurrentUser;
import org.attune.organisation.AccreditationApplicationService;
import org.attune.platform.upload.Attachment;
import org.attune.platform.upload.Download;

/**
 * Serves an accreditation application's evidence file to administrators and the applying organisation's lead
 * trainers (declared in {@code web.xml}, checked per file), always as a download.
 */
@WebServlet("/accreditation-evidence/*")
public class AccreditationEvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccreditationApplicationService applications;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Download file = path.matches("/\\d{1,18}")
                ? applications
                        .evidenceFile(currentUser.person(), Long.parseLong(path.substring(1)))
                        .orElse(null)
                : null;
        if (file == null) {
            response.sendError(404);
            return;
        }
        Attachment.send(response, file);
    }
}
