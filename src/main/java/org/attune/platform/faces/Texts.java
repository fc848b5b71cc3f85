package org.attune.platform.faces;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.attune.platform.Text;

/** User interface text from the en-GB bundle, for backing beans that add messages. */
public final class Texts {

    public static final String BUNDLE = "org.attune.i18n.messages";

    private Texts() {}

    public static String get(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null
                ? context.getViewRoot().getLocale()
                : Locale.UK;
        return format(locale, key, arguments);
    }

    /** The en-GB text, without asking Faces for the page's locale (for services, e-mails, the API and tests). */
    public static String english(String key, Object... arguments) {
        return format(Locale.UK, key, arguments);
    }

    /** An argument that is itself a {@link Text} (a roster alert in the digest, say) is filled in as its sentence. */
    private static String format(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] filled = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            filled[i] = arguments[i] instanceof Text text
                    ? format(locale, text.key(), text.arguments().toArray())
                    : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(filled);
    }
}
