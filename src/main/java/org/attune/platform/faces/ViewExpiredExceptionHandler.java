package org.attune.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A page whose state has expired (the session timed out, or the server restarted) is not an error to show the user:
 * send them back to the same page, freshly rendered, with a message saying what happened. Works for full and ajax
 * requests alike, since {@link ExternalContext#redirect} answers an ajax request with a partial-response redirect.
 * A hand-made post claiming a stateless view ({@code jakarta.faces.ViewState=stateless}) is treated the same way, and
 * so is a post without the page's CSP nonce (PrimeFaces refuses it: a page opened before a restart or an upgrade, or a
 * hand-made post): the user gets the page afresh, not an error.
 */
public class ViewExpiredExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ViewExpiredExceptionHandler.class.getName());
    static final String MESSAGE_KEY = "error.viewExpired";

    public ViewExpiredExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            ViewExpiredException expired = findViewExpired(thrown);
            if (expired != null && context != null && !context.getResponseComplete()) {
                events.remove();
                returnToView(context, expired.getViewId());
            } else if (context != null
                    && !context.getResponseComplete()
                    && findCause(thrown, CspException.class) != null) {
                events.remove();
                String viewId = context.getViewRoot() != null
                        ? context.getViewRoot().getViewId()
                        : context.getExternalContext().getRequestServletPath();
                LOG.info(() -> "Post to " + viewId + " without the page's CSP nonce refused: treated as expired");
                returnToView(context, viewId);
            } else if (context != null && !context.getResponseComplete() && statelessStateSent(context)) {
                events.remove();
                String viewId = context.getViewRoot() != null
                        ? context.getViewRoot().getViewId()
                        : context.getExternalContext().getRequestServletPath();
                LOG.info(() -> "Post to " + viewId + " with a stateless view state refused: treated as expired");
                returnToView(context, viewId);
            }
        }
        getWrapped().handle();
    }

    private static Throwable findCause(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether a form post failed while restoring its view because it said its view was stateless: Attune renders no
     * stateless views, so only a hand-made post sends that, and Mojarra then fails with "Unable to restore view".
     */
    private static boolean statelessStateSent(FacesContext context) {
        return context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
                && "stateless"
                        .equals(context.getExternalContext()
                                .getRequestParameterMap()
                                .get(ResponseStateManager.VIEW_STATE_PARAM));
    }

    private static ViewExpiredException findViewExpired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException expired) {
                return expired;
            }
        }
        return null;
    }

    private static void returnToView(FacesContext context, String viewId) {
        ExternalContext external = context.getExternalContext();
        String target = viewId == null ? "/" : viewId.replaceFirst("\\.xhtml$", "");
        String summary = Texts.get(MESSAGE_KEY);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, summary, null));
        external.getFlash().setKeepMessages(true);
        LOG.fine(() -> "View expired, returning to " + target);
        try {
            external.redirect(external.getRequestContextPath() + target);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
