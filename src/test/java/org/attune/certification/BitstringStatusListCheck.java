package org.attune.certification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * An independent implementation of the W3C Bitstring Status List v1.0 validation algorithm (section 3.2), written
 * from the specification and sharing no code with Attune's {@link StatusList}: the purposes of the entry and of the
 * list must agree, the encoded list is the multibase prefix {@code u} and base64url of a GZIP stream, the expanded
 * bitstring has at least 131,072 bits, the entry's bits start at {@code statusListIndex * statusSize}, and the
 * left-most bit of the bitstring (the most significant bit of its first byte) is index 0.
 */
final class BitstringStatusListCheck {

    static final int MINIMUM_BITS = 131_072;

    private BitstringStatusListCheck() {}

    /** Why a status cannot be read (the specification's error types). */
    static final class StatusError extends Exception {
        private static final long serialVersionUID = 1L;

        StatusError(String type, String detail) {
            super(type + ": " + detail);
        }
    }

    /**
     * The status value of an entry.
     *
     * @param entryPurpose    the entry's {@code statusPurpose}
     * @param statusListIndex the entry's {@code statusListIndex} (a string, as the specification requires)
     * @param statusSize      the entry's {@code statusSize} (1 when absent)
     * @param listPurpose     the {@code statusPurpose} of the list credential's subject
     * @param encodedList     the list credential's {@code encodedList}
     */
    static int status(
            String entryPurpose, String statusListIndex, int statusSize, String listPurpose, String encodedList)
            throws StatusError {
        if (!entryPurpose.equals(listPurpose)) {
            throw new StatusError(
                    "STATUS_VERIFICATION_ERROR", "entry purpose " + entryPurpose + " but list purpose " + listPurpose);
        }
        if (!statusListIndex.matches("0|[1-9][0-9]*")) {
            throw new StatusError("MALFORMED_VALUE_ERROR", "statusListIndex " + statusListIndex);
        }
        if (encodedList.isEmpty() || encodedList.charAt(0) != 'u') {
            throw new StatusError("MALFORMED_VALUE_ERROR", "encodedList lacks the multibase base64url prefix u");
        }
        byte[] bitstring;
        try (InputStream in = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            bitstring = in.readAllBytes();
        } catch (IOException | IllegalArgumentException e) {
            throw new StatusError("STATUS_RETRIEVAL_ERROR", "not base64url of GZIP: " + e.getMessage());
        }
        long length = bitstring.length * 8L;
        if (length < MINIMUM_BITS) {
            throw new StatusError("STATUS_LIST_LENGTH_ERROR", length + " bits");
        }
        long position = Long.parseLong(statusListIndex) * statusSize;
        if (position + statusSize > length) {
            throw new StatusError("RANGE_ERROR", "index " + statusListIndex + " beyond " + length + " bits");
        }
        int value = 0;
        for (long bit = position; bit < position + statusSize; bit++) {
            int b = bitstring[(int) (bit / 8)] & 0xff;
            int set = (b >> (7 - (int) (bit % 8))) & 1;
            value = value * 2 + set;
        }
        return value;
    }

    /** Whether the bit of a one-bit entry is set: a revoked or suspended credential. */
    static boolean isSet(String entryPurpose, String statusListIndex, String listPurpose, String encodedList)
            throws StatusError {
        return status(entryPurpose, statusListIndex, 1, listPurpose, encodedList) == 1;
    }
}
