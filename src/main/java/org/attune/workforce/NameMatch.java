package org.attune.workforce;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a name a manager typed is the certificate holder's: case, accents, punctuation and extra spaces do not
 * matter, and every word typed must be one of the holder's (so "Jude Evans" matches "Jude A. Evans").
 */
public final class NameMatch {

    private NameMatch() {}

    public static boolean matches(String typed, String holder) {
        List<String> typedWords = words(typed);
        List<String> holderWords = words(holder);
        if (typedWords.isEmpty() || typedWords.size() == 1 && holderWords.size() > 1) {
            return false; // one word of a longer name (a first name alone) is not enough
        }
        return holderWords.containsAll(typedWords);
    }

    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }
}
