package org.attune.workforce;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files bulk verification cannot read are refused with the line and the problem, before any look-up. */
class BulkVerificationTest {

    private final BulkVerification bulk = new BulkVerification();

    private String refusal(String csv) {
        return assertThrows(BulkVerification.UnreadableCsvException.class, () -> bulk.verify(csv))
                .getMessage();
    }

    @Test
    void anUnterminatedQuoteNamesItsLine() {
        String message = refusal("number,name\nATT-AAAA-BBBB-CCCC-D,Sam\n\"ATT-AAAA-BBBB-CCCC-E,Jo\n");
        assertTrue(message.startsWith("Line 3: A double quote is not closed"), message);
        assertNoLibraryWords(message);
    }

    @Test
    void binaryGarbageIsCalledNotText() {
        String garbage =
                new String(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, (byte) 0xC3, (byte) 0x28}, StandardCharsets.UTF_8);
        String message = refusal(garbage);
        assertTrue(message.startsWith("Line 1: The line has characters that are not text"), message);
        assertNoLibraryWords(message);
    }

    private static void assertNoLibraryWords(String message) {
        for (String word : List.of("Exception", "org.apache", "commons", "java.")) {
            assertFalse(message.contains(word), message);
        }
    }
}
