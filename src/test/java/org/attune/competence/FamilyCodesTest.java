package org.attune.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.attune.platform.Text;
import org.junit.jupiter.api.Test;

class FamilyCodesTest {

    private static String problem(String typed) {
        return FamilyCodes.problem(FamilyCodes.parse(typed)).map(Text::render).orElse("");
    }

    @Test
    void codesAreSplitOnCommasSemicolonsAndSpacesAndUpperCased() {
        assertEquals(List.of("F1", "F2", "F12", "3"), FamilyCodes.parse(" f1, F2;F12  3 "));
        assertEquals("", problem("F1, F2, F3, 4, G-7"));
    }

    @Test
    void aCodeThatLooksLikeANameOrInitialsIsRefused() {
        assertTrue(problem("F1, Jane").contains("never a name or initials"), problem("F1, Jane"));
        assertTrue(problem("JS").contains("never a name or initials"));
        assertTrue(problem("Smithson").contains("at most 5 characters"), problem("Smithson"));
    }

    @Test
    void aCodeThatLooksLikeAnEmailOrAPhoneNumberIsRefused() {
        assertTrue(problem("jo@example.org").contains("e-mail address"));
        assertTrue(problem("07700900123").contains("phone number"));
        assertTrue(problem("+44").contains("phone number"));
    }

    @Test
    void noCodesTwiceTheSameOrTooManyAreRefused() {
        assertTrue(problem("  ").contains("Enter the code of each family"));
        assertTrue(problem("F1, f1").contains("F1 is entered twice"));
        assertTrue(problem(String.join(
                        ",", IntStream.rangeClosed(1, 31).mapToObj(i -> "F" + i).toList()))
                .contains("At most 30"));
    }

    @Test
    void theEntryNamesTheFamilyCodesFieldSoTheMessageShowsNextToIt() {
        PracticumEntry entry = new PracticumEntry(
                LocalDate.of(2027, 3, 1),
                Setting.CLINIC,
                1,
                1,
                FamilyCodes.parse("F1, 07700 900123"),
                "Babies in quiet alert; I named a yawn as a wish to pause.",
                "Parents liked it.");
        Map<String, Text> problems = entry.problems(LocalDate.of(2027, 3, 2));
        assertEquals(List.of("familyCodes"), List.copyOf(problems.keySet()));
    }
}
