package org.attune.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.attune.content.ParentFeedbackForm;
import org.attune.content.ParentFeedbackReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The parents' feedback form of the content tree ({@code feedback.yaml}), read once per node and kept: content
 * changes arrive with a new deployment. Each node reads the same file, so nothing differs between nodes.
 */
@ApplicationScoped
public class FeedbackForms {

    private static final Logger LOG = Logger.getLogger(FeedbackForms.class.getName());

    @Inject
    @ConfigProperty(name = "attune.content.path", defaultValue = "./content")
    private String contentPath;

    private volatile Optional<ParentFeedbackForm> form;

    /** The form, or empty when the content tree has none or it has problems (logged once). */
    public Optional<ParentFeedbackForm> current() {
        Optional<ParentFeedbackForm> read = form;
        if (read == null) {
            ParentFeedbackReader.Result result = ParentFeedbackReader.read(
                    Path.of(contentPath).toAbsolutePath().normalize());
            result.problems().forEach(p -> LOG.warning(() -> "feedback form: " + p));
            read = result.form();
            form = read;
        }
        return read;
    }
}
