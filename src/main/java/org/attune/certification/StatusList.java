package org.attune.certification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * W3C Bitstring Status Lists: the revocation and suspension lists, one bit per entry ({@link #flags}), and the older
 * list with two bits per entry (status purpose "message": 0 active, 1 suspended, 2 revoked; {@link #bits}). Bits are
 * counted from the most significant bit of the first byte (the left-most bit is index 0), so entry {@code i} of a
 * two-bit list occupies bits {@code 2i} and {@code 2i+1}. Encoded as the specification says: GZIP, then base64url
 * without padding, with the multibase prefix u.
 */
public final class StatusList {

    /** The specification's minimum, so that a list does not reveal how many credentials it covers. */
    public static final int MIN_ENTRIES = 131_072;

    public static final int BITS_PER_ENTRY = 2;

    private StatusList() {}

    /** The number of entries a list needs to hold index {@code highest}: whole blocks of the minimum. */
    public static int entriesFor(long highest) {
        long blocks = highest / MIN_ENTRIES + 1;
        return (int) (blocks * MIN_ENTRIES);
    }

    /** The bitstring for the given non-zero entries. */
    public static byte[] bits(int entries, Map<Long, Integer> values) {
        byte[] bits = new byte[entries * BITS_PER_ENTRY / 8];
        values.forEach((index, value) -> {
            if (index < 0 || index >= entries || value < 0 || value > 3) {
                throw new IllegalArgumentException("Entry " + index + " = " + value + " does not fit the list");
            }
            long first = index * BITS_PER_ENTRY;
            for (int b = 0; b < BITS_PER_ENTRY; b++) {
                if (((value >> (BITS_PER_ENTRY - 1 - b)) & 1) == 1) {
                    long bit = first + b;
                    bits[(int) (bit / 8)] |= (byte) (0x80 >>> (bit % 8));
                }
            }
        });
        return bits;
    }

    /** A one-bit list of {@code entries} entries with the bits at the given indexes set. */
    public static byte[] flags(int entries, Collection<Integer> set) {
        byte[] bits = new byte[entries / 8];
        for (int index : set) {
            if (index < 0 || index >= entries) {
                throw new IllegalArgumentException("Entry " + index + " does not fit the list");
            }
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        return bits;
    }

    /** The value of entry {@code index} in a two-bit bitstring. */
    public static int valueAt(byte[] bits, long index) {
        int value = 0;
        for (int b = 0; b < BITS_PER_ENTRY; b++) {
            long bit = index * BITS_PER_ENTRY + b;
            value = (value << 1) | ((bits[(int) (bit / 8)] >> (7 - bit % 8)) & 1);
        }
        return value;
    }

    public static String encode(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    public static byte[] decode(String encoded) {
        String b64 = encoded.startsWith("u") ? encoded.substring(1) : encoded;
        try (var in = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(b64)))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a GZIP-compressed, base64url-encoded list", e);
        }
    }
}
