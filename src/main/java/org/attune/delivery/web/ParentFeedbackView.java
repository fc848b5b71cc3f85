package org.attune.delivery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.content.ParentFeedbackForm;
import org.attune.delivery.DeliveryService;
import org.attune.delivery.DeliverySession;
import org.attune.delivery.FeedbackForms;
import org.attune.platform.faces.DisplayDates;

/**
 * Backs the parents' public page {@code feedback.xhtml}: no account, in English or Welsh ({@code lang=cy}). Texts come
 * from the feedback form of the content tree, in the page's language. Nothing about the parent is kept here but
 * their answers while they fill the form in.
 */
@Named
@ViewScoped
public class ParentFeedbackView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum State {
        ENTER_CODE,
        OPEN,
        SENT,
        ALREADY,
        EXPIRED,
        UNKNOWN,
        UNAVAILABLE
    }

    @Inject
    private DeliveryService delivery;

    @Inject
    private FeedbackForms forms;

    @Getter
    private String code;

    @Getter
    private String lang;

    @Getter
    private String sent;

    @Getter
    private State state;

    @Getter
    private String sessionLine;

    @Getter
    private String comment;

    @Getter
    private String deviceToken;

    @Getter
    private String problem;

    @Getter
    private String commentProblem;
    /** Statement id to the answer chosen, as the radio buttons set it. */
    @Getter
    private final Map<String, String> answers = new HashMap<>();

    public void load() {
        if (forms.current().isEmpty()) {
            state = State.UNAVAILABLE;
            return;
        }
        if ("true".equals(sent)) {
            state = State.SENT;
            return;
        }
        if (code == null || code.isBlank()) {
            state = State.ENTER_CODE;
            return;
        }
        DeliveryService.Lookup lookup = delivery.lookup(code);
        if (lookup.problem() != null) {
            state = State.valueOf(lookup.problem().name());
            return;
        }
        DeliverySession s = lookup.session();
        code = s.getCode();
        sessionLine = MessageFormat.format(text("session"), s.getNumber(), DisplayDates.LONG_DATE.format(s.getDate()));
        state = State.OPEN;
    }

    /** Sends the answers; on success shows the thanks by a redirect, so a reload cannot send them again. */
    public String send() {
        Map<String, String> given = new HashMap<>(answers);
        problem = null;
        commentProblem = null;
        DeliveryService.Outcome outcome;
        try {
            outcome = delivery.answer(code, deviceToken, given, comment);
        } catch (TransactionalException e) { // the same device's answer committed by a parallel request
            outcome = DeliveryService.Outcome.ALREADY;
        }
        switch (outcome) {
            case SAVED:
                return "/feedback?faces-redirect=true&sent=true" + ("cy".equals(lang) ? "&lang=cy" : "");
            case EMPTY:
                problem = text("empty");
                return null;
            case TOO_LONG:
                commentProblem = text("tooLong");
                return null;
            case BUSY:
                problem = text("busy");
                return null;
            default:
                state = State.valueOf(outcome.name());
                return null;
        }
    }

    private ParentFeedbackForm form() {
        return forms.current().orElseThrow();
    }

    /** A text of the page in its language. */
    public String text(String key) {
        return forms.current().map(f -> f.text(key, getLanguage())).orElse("");
    }

    public String getLanguage() {
        return "cy".equals(lang) ? "cy" : "en";
    }

    /** The address of this page in the other language. */
    public String getOtherLanguageQuery() {
        String other = "cy".equals(lang) ? "" : "lang=cy";
        if (state == State.SENT) {
            return "sent=true" + (other.isEmpty() ? "" : "&" + other);
        }
        String codePart = code == null || code.isBlank() || state == State.UNKNOWN ? "" : "code=" + code;
        return codePart + (codePart.isEmpty() || other.isEmpty() ? "" : "&") + other;
    }

    public List<ParentFeedbackForm.Item> getItems() {
        return form().items();
    }

    public List<ParentFeedbackForm.Option> getScale() {
        return form().scale();
    }

    public int getMaxComment() {
        return DeliveryService.MAX_COMMENT;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public void setSent(String sent) {
        this.sent = sent;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public void setDeviceToken(String deviceToken) {
        this.deviceToken = deviceToken;
    }
}
