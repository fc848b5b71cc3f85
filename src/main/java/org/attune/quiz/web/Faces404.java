package org.attune.quiz.web;

import java.io.IOException;
import org.omnifaces.util.Faces;

/** Answers a page request for something that does not exist, or is not the user's, as not found. */
final class Faces404 {

    private Faces404() {
    }

    static void send() throws IOException {
        Faces.responseSendError(404, "Not found");
    }
}
