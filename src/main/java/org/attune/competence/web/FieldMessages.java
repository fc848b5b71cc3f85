package org.attune.competence.web;

import java.util.Map;
import org.omnifaces.util.Messages;

/** Shows a service's per-field problems next to the fields of a form. */
final class FieldMessages {

    private FieldMessages() {
    }

    /** Adds each problem to the component {@code form:field}; a field without a component gets a global message. */
    static void show(String form, Map<String, String> problems, Map<String, String> fieldIds) {
        problems.forEach((field, message) -> {
            String id = fieldIds.getOrDefault(field, field);
            if (id == null) {
                Messages.addGlobalError(message);
            } else {
                Messages.addError(form + ":" + id, message);
            }
        });
        Messages.addGlobalError(problems.size() == 1 ? "Please correct the field marked below."
                : "Please correct the " + problems.size() + " fields marked below.");
    }
}
