package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
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
    void oneBitListsReadByAnIndependentImplementationOfTheSpecification() throws Exception {
        String encoded = StatusList.encode(StatusList.flags(131_072, Set.of(0, 9, 131_071)));
        for (int index : new int[] {0, 9, 131_071}) {
            assertTrue(BitstringStatusListCheck.isSet("revocation", String.valueOf(index), "revocation", encoded));
        }
        for (int index : new int[] {1, 8, 10, 65_536, 131_070}) {
            assertFalse(BitstringStatusListCheck.isSet("revocation", String.valueOf(index), "revocation", encoded));
        }
        assertEquals((byte) 0x80, StatusList.decode(encoded)[0], "index 0 is the left-most bit");
    }

    @Test
    void independentCheckRefusesAPurposeMismatchAShortListAndAnIndexBeyondTheList() {
        String list = StatusList.encode(StatusList.flags(131_072, Set.of(5)));
        assertThrows(
                BitstringStatusListCheck.StatusError.class,
                () -> BitstringStatusListCheck.isSet("suspension", "5", "revocation", list));
        assertThrows(
                BitstringStatusListCheck.StatusError.class,
                () -> BitstringStatusListCheck.isSet("revocation", "131072", "revocation", list));
        String tooShort = StatusList.encode(new byte[1024]);
        assertThrows(
                BitstringStatusListCheck.StatusError.class,
                () -> BitstringStatusListCheck.isSet("revocation", "5", "revocation", tooShort));
    }

    @Test
    void theOlderTwoBitListStillReadsWithTheSpecificationsAlgorithm() throws Exception {
        String encoded = StatusList.encode(StatusList.bits(131_072, Map.of(7L, 2, 8L, 1)));
        assertEquals(2, BitstringStatusListCheck.status("message", "7", 2, "message", encoded));
        assertEquals(1, BitstringStatusListCheck.status("message", "8", 2, "message", encoded));
        assertEquals(0, BitstringStatusListCheck.status("message", "9", 2, "message", encoded));
    }

    @Test
    void entryOutsideTheListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusList.flags(131_072, Set.of(131_072)));
        assertThrows(IllegalArgumentException.class, () -> StatusList.bits(131_072, Map.of(131_072L, 1)));
    }
}
