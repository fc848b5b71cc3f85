package org.attune.delivery.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.account.CurrentUser;
import org.attune.content.ParentFeedbackForm;
import org.attune.delivery.DeliveryProfiles;
import org.attune.delivery.DeliveryService;
import org.attune.delivery.DeliverySession;
import org.attune.delivery.FeedbackForms;
import org.attune.delivery.FeedbackPosterPdf;
import org.attune.platform.config.BaseUrl;
import org.attune.platform.upload.Attachment;

/**
 * The facilitator's downloads: {@code /trainee/delivery-files/poster/{session}} and {@code slide/{session}} (PDF),
 * and {@code profile.csv} (aggregates only). A session of someone else's programme answers 404, as one that does not
 * exist. Who may ask at all is declared in {@code web.xml} ({@code /trainee/*}).
 */
@WebServlet("/trainee/delivery-files/*")
public class DeliveryFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PDF = Pattern.compile("/(poster|slide)/(\\d{1,18})");

    @Inject
    private DeliveryService delivery;

    @Inject
    private DeliveryProfiles profiles;

    @Inject
    private FeedbackForms forms;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private BaseUrl baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        long personId = currentUser.id();
        if (path.equals("/profile.csv")) {
            Attachment.send(
                    response,
                    "attune-delivery-profile.csv",
                    "text/csv; charset=UTF-8",
                    profiles.csv(personId).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Matcher m = PDF.matcher(path);
        Optional<DeliverySession> session =
                m.matches() ? delivery.ownSession(Long.parseLong(m.group(2)), personId) : Optional.empty();
        Optional<ParentFeedbackForm> form = forms.current();
        if (session.isEmpty() || form.isEmpty()) {
            response.sendError(404);
            return;
        }
        String url = baseUrl.to("/feedback/" + session.get().getCode());
        boolean slide = m.group(1).equals("slide");
        byte[] pdf = slide
                ? FeedbackPosterPdf.slide(session.get(), form.get(), url)
                : FeedbackPosterPdf.poster(session.get(), form.get(), url);
        Attachment.send(
                response,
                "attune-feedback-" + (slide ? "slide-" : "poster-")
                        + session.get().getCode() + ".pdf",
                "application/pdf",
                pdf);
    }
}
