package org.attune.delivery.web;

import jakarta.servlet.annotation.WebServlet;
import org.attune.platform.web.ShortAddressForward;

/**
 * Gives the parents' feedback page its short public address {@code /feedback/{code}} (the URL on every poster and
 * in its QR code): forwards to {@code feedback.xhtml?code=}. Anything too long to be a code is forwarded as "-",
 * which the page reports as a code it cannot find.
 */
@WebServlet("/feedback/*")
public class FeedbackForwardServlet extends ShortAddressForward {

    private static final long serialVersionUID = 1L;

    public FeedbackForwardServlet() {
        super("feedback", "code", 40);
    }
}
