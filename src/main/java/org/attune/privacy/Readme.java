package org.attune.privacy;

import java.time.Instant;
import org.attune.platform.faces.Texts;

/** The export's README.txt: what each file holds, in plain English, from the message bundle. */
final class Readme {

    private Readme() {}

    static String text(long personId, Instant exportedAt) {
        StringBuilder text = new StringBuilder(
                        Texts.get("privacy.readme.intro", String.valueOf(personId), exportedAt.toString()))
                .append("\n\n");
        for (String file : PersonalData.files()) {
            text.append(file)
                    .append("\n    ")
                    .append(Texts.get("privacy.readme." + file.replace(".json", "")))
                    .append("\n\n");
        }
        text.append("evidence/\n    ")
                .append(Texts.get("privacy.readme.evidence"))
                .append("\n\n");
        text.append(Texts.get("privacy.readme.notIncluded")).append("\n");
        return text.toString();
    }
}
