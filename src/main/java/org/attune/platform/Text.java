package org.attune.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.attune.platform.faces.Texts;

/**
 * A sentence for a person as a bundle key and its {@link java.text.MessageFormat} arguments: services return or
 * throw it, and the page, the API or the e-mail renders it from {@code org/attune/i18n/messages_en_GB.properties}.
 */
public final class Text implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;

    private Text(String key, Object[] arguments) {
        this.key = Objects.requireNonNull(key);
        this.arguments = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(arguments)));
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The sentence from the bundle (en-GB, Attune's one language), with the arguments (texts rendered) filled in. */
    public String render() {
        return Texts.english(
                key,
                arguments.stream()
                        .map(a -> a instanceof Text t ? t.render() : a)
                        .toArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text t && key.equals(t.key) && arguments.equals(t.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments);
    }

    /** The sentence, so that a page or message that shows a Text without {@link #render()} still shows words. */
    @Override
    public String toString() {
        return render();
    }
}
