package org.attune.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortCsvTest {

    private static CohortCsv.Result read(String text) {
        return CohortCsv.read(new StringReader(text));
    }

    @Test
    void cleanFileWithHeaderGivesOneRowPerTraineeWithItsLine() {
        CohortCsv.Result result = read("name,email\nAmira Hassan,Amira@Example.org\n\"Byrne, Dervla\",d@example.org\n");
        assertTrue(result.clean());
        assertEquals(
                List.of(
                        new CohortCsv.Row(2, "Amira Hassan", "amira@example.org"),
                        new CohortCsv.Row(3, "Byrne, Dervla", "d@example.org")),
                result.rows());
    }

    @Test
    void headerIsOptionalAndAByteOrderMarkIsIgnored() {
        CohortCsv.Result result = read("\uFEFFname,e-mail\nSam,sam@example.org\n");
        assertTrue(result.clean());
        assertEquals(1, result.rows().size());
        assertTrue(read("Sam,sam@example.org\n").clean());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberNotJustTheFirst() {
        CohortCsv.Result result = read(String.join(
                "\n",
                "name,email",
                "Good One,good@example.org",
                ",missing-name@example.org",
                "No Address,",
                "Bad Address,not-an-address",
                "Three,columns,here",
                "Again,GOOD@example.org"));
        assertFalse(result.clean());
        assertEquals(
                List.of(3, 4, 5, 6, 7),
                result.problems().stream().map(CohortCsv.Problem::line).toList());
        assertEquals("The name is missing.", result.problems().get(0).message());
        assertEquals("The e-mail address is missing.", result.problems().get(1).message());
        assertEquals(
                "\"not-an-address\" is not an e-mail address.",
                result.problems().get(2).message());
        assertTrue(result.problems().get(3).message().startsWith("Expected 2 columns"));
        assertEquals(
                "The e-mail address good@example.org is also on line 2.",
                result.problems().get(4).message());
    }

    @Test
    void emptyFileIsAProblem() {
        CohortCsv.Result result = read("name,email\n\n");
        assertFalse(result.clean());
        assertEquals("The file has no trainees in it.", result.problems().get(0).message());
    }

    @Test
    void unterminatedQuoteIsReportedNotThrown() {
        CohortCsv.Result result = read("name,email\n\"Sam,sam@example.org\n");
        assertFalse(result.clean());
    }

    @Test
    void anUnterminatedQuoteNamesTheLineAndTheProblemNotTheParser() {
        CohortCsv.Result result = read("name,email\nAmira,a@example.org\n\"Sam,sam@example.org\nJo,jo@example.org\n");
        assertEquals(3, result.problems().get(0).line());
        String message = result.problems().get(0).message();
        assertTrue(message.contains("double quote is not closed"), message);
        assertNoLibraryWords(message);
    }

    @Test
    void aQuoteFollowedByOtherTextNamesTheLine() {
        CohortCsv.Result result = read("Amira,a@example.org\n\"Sam\"x,sam@example.org\n");
        assertEquals(2, result.problems().get(0).line());
        assertNoLibraryWords(result.problems().get(0).message());
    }

    @Test
    void binaryGarbageIsCalledNotText() {
        String garbage = new String(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, ',', 1, 2}, StandardCharsets.UTF_8);
        CohortCsv.Result result = read(garbage);
        assertFalse(result.clean());
        assertEquals(1, result.problems().get(0).line());
        assertTrue(
                result.problems().get(0).message().contains("not text"),
                result.problems().get(0).message());
    }

    @Test
    void theWrongNumberOfColumnsIsReportedWithTheLine() {
        CohortCsv.Result result = read("Amira,a@example.org\nSam,sam@example.org,extra\n");
        assertEquals(2, result.problems().get(0).line());
        assertEquals(
                "Expected 2 columns (name, e-mail address) but found 3.",
                result.problems().get(0).message());
    }

    private static void assertNoLibraryWords(String message) {
        for (String word : List.of("Exception", "org.apache", "commons", "java.")) {
            assertFalse(message.contains(word), message);
        }
    }
}
