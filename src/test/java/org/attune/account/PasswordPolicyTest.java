package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), PasswordPolicy.problemWith("abcdefghijk", null));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("lantern-fog7", null));
    }

    @Test
    void longPassphrasesWithSpacesAndAnyCharactersAreAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("the quiet heron waits by the weir ☂", null));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("x".repeat(64) + "y", null));
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertEquals(Optional.of(PasswordPolicy.TOO_LONG), PasswordPolicy.problemWith("ab".repeat(65), null));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Optional.of(PasswordPolicy.TOO_COMMON), PasswordPolicy.problemWith("qwerty123456", null));
        assertEquals(Optional.of(PasswordPolicy.TOO_COMMON), PasswordPolicy.problemWith("1Q2W3E4R5T6Y", null));
        assertTrue(PasswordPolicy.commonPasswordCount() > 40_000);
    }

    @Test
    void passwordEqualToTheEmailAddressIsRefused() {
        assertEquals(
                Optional.of(PasswordPolicy.SAME_AS_EMAIL),
                PasswordPolicy.problemWith("Sam@Example.org", "sam@example.org"));
    }

    @Test
    void passwordEqualToTheEmailAddressIsRefusedWhateverItsCaseAndSurroundingSpaces() {
        assertEquals(
                Optional.of(PasswordPolicy.SAME_AS_EMAIL),
                PasswordPolicy.problemWith("  ALEXANDRA.SMITH@EXAMPLE.ORG ", "alexandra.smith@example.org"));
        assertEquals(
                Optional.of(PasswordPolicy.SAME_AS_EMAIL),
                PasswordPolicy.problemWith("alexandra.smith@example.org", " Alexandra.Smith@Example.org "));
    }

    @Test
    void passwordEqualToTheLocalPartOfTheEmailAddressIsRefused() {
        assertEquals(
                Optional.of(PasswordPolicy.SAME_AS_EMAIL),
                PasswordPolicy.problemWith("Alexandra.Smith", "alexandra.smith@example.org"));
        assertEquals(
                Optional.empty(), PasswordPolicy.problemWith("alexandra.smith walks", "alexandra.smith@example.org"));
    }

    @Test
    void passwordMadeOnlyOfSpacesIsRefusedWithItsOwnMessage() {
        assertEquals(Optional.of(PasswordPolicy.ONLY_SPACES), PasswordPolicy.problemWith(" ".repeat(20), null));
        assertEquals(Optional.of(PasswordPolicy.ONLY_SPACES), PasswordPolicy.problemWith("   ", "a@example.org"));
        assertEquals(
                Optional.of(PasswordPolicy.ONLY_SPACES), PasswordPolicy.problemWith(" \t\u00A0\u3000".repeat(5), null));
    }

    @Test
    void messagesComeFromTheBundleInBritishEnglish() {
        assertEquals(
                "Use at least 12 characters. A few unrelated words make a password that is long and easy to "
                        + "remember.",
                PasswordPolicy.TOO_SHORT);
        assertTrue(PasswordPolicy.ONLY_SPACES.startsWith("A password made only of spaces"));
    }

    @Test
    void noCompositionRulesApply() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("onlylowercaseletters", null));
    }
}
