package org.attune.platform.faces;

import java.util.Map;
import org.attune.platform.Failure;
import org.attune.platform.Text;
import org.omnifaces.util.Messages;

/**
 * Shows a service's {@link Failure} on the page, the one way pages do it: a field problem next to its field
 * ({@code form:field}), anything else as a message at the top.
 * <pre>
 * try { service.add(...); } catch (Failure e) { FailureMessages.show("add", e); }
 * </pre>
 */
public final class FailureMessages {

    private FailureMessages() {}

    /** At the top of the page. */
    public static void show(Failure failure) {
        Messages.addGlobalError(failure.text().render());
    }

    /** At the top of the page the next request shows (after a redirect). */
    public static void showAfterRedirect(Failure failure) {
        Messages.addFlashGlobalError(failure.text().render());
    }

    /** Field problems next to {@code form:field}; any other failure at the top. */
    public static void show(String form, Failure failure) {
        if (failure instanceof Failure.Invalid invalid) {
            invalid.problems().forEach((field, text) -> addAt(form, field, text));
        } else {
            show(failure);
        }
    }

    /**
     * Field problems next to their components ({@code form:} plus the id in {@code fieldIds}, else the field's own
     * name; a field mapped to {@code null} goes to the top), with a line at the top saying how many fields to
     * correct.
     */
    public static void showWithSummary(String form, Failure failure, Map<String, String> fieldIds) {
        show(form, failure, fieldIds);
        if (!(failure instanceof Failure.Invalid invalid)) {
            return;
        }
        int fields = invalid.problems().size();
        Messages.addGlobalError(
                fields == 1 ? Texts.get("failure.correctField") : Texts.get("failure.correctFields", fields));
    }

    /**
     * Field problems next to their components ({@code form:} plus the id in {@code fieldIds}, else the field's own
     * name; a field mapped to {@code null} goes to the top); any other failure at the top.
     */
    public static void show(String form, Failure failure, Map<String, String> fieldIds) {
        if (!(failure instanceof Failure.Invalid invalid)) {
            show(failure);
            return;
        }
        invalid.problems()
                .forEach((field, text) -> addAt(form, fieldIds.containsKey(field) ? fieldIds.get(field) : field, text));
    }

    private static void addAt(String form, String id, Text text) {
        if (id == null) {
            Messages.addGlobalError(text.render());
        } else {
            Messages.addError(form + ":" + id, text.render());
        }
    }
}
