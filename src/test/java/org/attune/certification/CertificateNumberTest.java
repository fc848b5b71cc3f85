package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void numbersHaveTwelveRandomSymbolsInGroupsAndACheckSymbol() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String n = CertificateNumber.random(random).value();
            assertTrue(
                    n.matches("ATT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-"
                            + "[0-9A-HJKMNP-TV-Z]"),
                    n);
            assertTrue(seen.add(n));
            assertEquals(n, CertificateNumber.parse(n).number().orElseThrow().value());
        }
        assertEquals(60, 12 * Integer.numberOfTrailingZeros(CertificateNumber.ALPHABET.length()), "bits of chance");
    }

    @Test
    void everySingleMistypedSymbolIsCaughtByTheCheckSymbol() {
        for (int i = 0; i < 200; i++) {
            String n = CertificateNumber.random(random).value();
            for (int position = 4; position < n.length(); position++) {
                if (n.charAt(position) == '-') {
                    continue;
                }
                for (char c : CertificateNumber.ALPHABET.toCharArray()) {
                    if (c == n.charAt(position)) {
                        continue;
                    }
                    String typo = n.substring(0, position) + c + n.substring(position + 1);
                    assertEquals(
                            CertificateNumber.Problem.MISTYPED,
                            CertificateNumber.parse(typo).problem(),
                            typo);
                }
            }
        }
    }

    @Test
    void mostSwappedNeighboursAreCaught() {
        int swaps = 0;
        int caught = 0;
        for (int i = 0; i < 500; i++) {
            String symbols =
                    CertificateNumber.random(random).value().replace("-", "").substring(3);
            for (int p = 0; p < symbols.length() - 1; p++) {
                if (symbols.charAt(p) == symbols.charAt(p + 1)) {
                    continue;
                }
                String swapped =
                        symbols.substring(0, p) + symbols.charAt(p + 1) + symbols.charAt(p) + symbols.substring(p + 2);
                swaps++;
                if (CertificateNumber.parse(swapped).number().isEmpty()) {
                    caught++;
                }
            }
        }
        assertTrue(caught > swaps * 0.9, caught + " of " + swaps);
    }

    @Test
    void readingForgivesCaseSpacesMissingDashesAndLookAlikeLetters() {
        String n = CertificateNumber.random(random).value();
        String loose = " " + n.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l') + " ";
        assertEquals(n, CertificateNumber.parse(loose).number().orElseThrow().value());
        assertEquals(
                n,
                CertificateNumber.parse(n.substring(4)).number().orElseThrow().value(),
                "prefix optional");
    }

    @Test
    void somethingThatIsNotANumberIsMalformedNotMistyped() {
        for (String text : new String[] {
            null, "", "ATT-1234", "hello world", "ATT-UUUU-UUUU-UUUU-U", "ATT-1234-5678-9ABC-DE", "<script>"
        }) {
            assertEquals(
                    CertificateNumber.Problem.MALFORMED,
                    CertificateNumber.parse(text).problem(),
                    text);
        }
    }

    @Test
    void aTypedNumberBecomesAnAddressSegmentButAMegabyteOrNothingBecomesADash() {
        assertEquals("att%201234", CertificateNumber.addressSegment("  att 1234 "));
        assertEquals("-", CertificateNumber.addressSegment("   "));
        assertEquals("-", CertificateNumber.addressSegment(null));
        assertEquals("-", CertificateNumber.addressSegment("A".repeat(1_000_000)));
        assertEquals("-", CertificateNumber.addressSegment("A".repeat(CertificateNumber.MAX_TYPED + 1)));
    }
}
