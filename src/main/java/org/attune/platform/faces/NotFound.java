package org.attune.platform.faces;

import java.io.IOException;
import org.omnifaces.util.Faces;

/** Answers a page request for something that does not exist, or is not the user's, as not found. */
public final class NotFound {

    private NotFound() {}

    public static void send() throws IOException {
        Faces.responseSendError(404, "Not found");
    }
}
