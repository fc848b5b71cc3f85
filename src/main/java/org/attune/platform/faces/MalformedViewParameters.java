package org.attune.platform.faces;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * An address whose parameter cannot be what the page expects ({@code /organisation-profile?id=abc}) names nothing
 * there is: answer 404, as for an id that does not exist, instead of rendering a page whose bean never loaded (which
 * failed with a 500 and a long stack trace). Parameters the page has its own message for (a {@code converterMessage}
 * or {@code validatorMessage}, like the audit log's dates) are left to the page.
 * <p>
 * Registered in {@code faces-config.xml}.
 */
public class MalformedViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MalformedViewParameters.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback()
                || !context.isValidationFailed()
                || context.getViewRoot() == null
                || context.getResponseComplete()) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
            if (!parameter.isValid()
                    && parameter.getConverterMessage() == null
                    && parameter.getValidatorMessage() == null) {
                LOG.info(() -> "Malformed parameter '" + parameter.getName() + "' for "
                        + context.getViewRoot().getViewId() + ": answered 404");
                try {
                    context.getExternalContext().responseSendError(404, "Not found");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
                return;
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }
}
