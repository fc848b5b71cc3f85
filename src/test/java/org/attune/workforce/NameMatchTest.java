package org.attune.workforce;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void caseAccentsPunctuationAndMiddleNamesDoNotMatter() {
        assertTrue(NameMatch.matches("zoe o'connor", "Zoë O'Connor"));
        assertTrue(NameMatch.matches("  Jude   Evans ", "Jude A. Evans"));
        assertTrue(NameMatch.matches("Evans, Jude", "Jude Evans"));
    }

    @Test
    void anotherPersonOrAFirstNameAloneDoesNotMatch() {
        assertFalse(NameMatch.matches("Jude Evens", "Jude Evans"));
        assertFalse(NameMatch.matches("Jude", "Jude Evans"));
        assertFalse(NameMatch.matches("", "Jude Evans"));
        assertFalse(NameMatch.matches(null, "Jude Evans"));
        assertTrue(NameMatch.matches("Cher", "Cher"), "a one-word name matches itself");
    }
}
