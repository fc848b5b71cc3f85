package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusListTest {

    @Test
    void listHoldsAtLeast131072EntriesInWholeBlocks() {
        assertEquals(131_072, StatusList.entriesFor(0));
        assertEquals(131_072, StatusList.entriesFor(131_071));
        assertEquals(262_144, StatusList.entriesFor(131_072));
    }

    @Test
    void entriesAreTwoBitsFromTheMostSignificantBitOfTheFirstByte() {
        byte[] bits = StatusList.bits(131_072, Map.of(0L, 2, 3L, 1));
        assertEquals(131_072 * 2 / 8, bits.length);
        assertEquals((byte) 0b1000_0001, bits[0], "entry 0 = 10, entry 3 = 01");
        assertEquals(2, StatusList.valueAt(bits, 0));
        assertEquals(0, StatusList.valueAt(bits, 1));
        assertEquals(1, StatusList.valueAt(bits, 3));
    }

    @Test
    void encodingIsGzipThenBase64UrlWithTheMultibasePrefixAndRoundTrips() {
        byte[] bits = StatusList.bits(131_072, Map.of(7L, 2, 100_000L, 1));
        String encoded = StatusList.encode(bits);
        assertTrue(encoded.startsWith("u"));
        assertTrue(encoded.substring(1).matches("[A-Za-z0-9_-]+"), "base64url without padding");
        assertTrue(encoded.length() < 500, "a sparse list compresses well: " + encoded.length());
        byte[] decoded = StatusList.decode(encoded);
        assertArrayEquals(bits, decoded);
        assertEquals(2, StatusList.valueAt(decoded, 7));
        assertEquals(1, StatusList.valueAt(decoded, 100_000));
    }

    @Test
    void entryOutsideTheListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusList.bits(131_072, Map.of(131_072L, 1)));
    }
}
