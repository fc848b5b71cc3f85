package org.attune.competence.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.attune.account.CurrentUser;
import org.attune.competence.ObservationService;
import org.attune.platform.upload.Attachment;
import org.attune.platform.upload.Download;

/**
 * Serves an evidence file to the trainee it is about and their organisation's trainers, always as a download
 * ({@code Content-Disposition: attachment}, a sandboxing CSP, no sniffing), never shown in the page. Anyone else
 * gets 404, as for a file that does not exist. Who may ask at all is declared in {@code web.xml}.
 */
@WebServlet("/evidence/*")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObservationService observations;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Download> download =
                id(request.getPathInfo()).flatMap(id -> observations.download(currentUser.person(), id));
        if (download.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setHeader("X-Checksum-SHA256", download.get().file().getSha256());
        Attachment.send(response, download.get());
    }

    static Optional<Long> id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
