package org.attune.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.attune.platform.Text;
import org.junit.jupiter.api.Test;

class TextsTest {

    /** The weekly digest put a roster alert (a Text) into its line: the mail said "roster.alert.revoked[]". */
    @Test
    void aTextGivenAsAnArgumentIsFilledInAsItsSentence() {
        assertEquals(
                "- Ada Lovelace (ATT-1): Revoked (expiry date 1 May 2029)",
                Texts.english(
                        "notice.digest.line", "Ada Lovelace", "ATT-1", Text.of("roster.alert.revoked"), "1 May 2029"));
        assertEquals(
                "- Ada Lovelace (ATT-1): Expires within 90 days (expiry date 1 May 2029)",
                Texts.english(
                        "notice.digest.line",
                        "Ada Lovelace",
                        "ATT-1",
                        Text.of("roster.alert.expiresWithin", 90),
                        "1 May 2029"));
    }
}
