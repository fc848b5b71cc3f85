package org.attune.platform.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes the hidden details a camera or phone writes into an image (EXIF with GPS position, time and device, XMP,
 * IPTC, comments, text chunks) before it is stored, without re-encoding the picture: a JPEG keeps only its JFIF,
 * colour profile and Adobe segments before the image data; a PNG drops its text, EXIF and time chunks. The picture
 * itself is unchanged byte for byte (so no quality is lost; the EXIF orientation goes with the rest).
 */
public final class ImageMetadata {

    /** The image's structure could not be followed: it is damaged or not what its first bytes say. */
    public static class MalformedImageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MalformedImageException(String why) {
            super(why);
        }
    }

    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final int PNG_SIGNATURE = 8;

    private ImageMetadata() {}

    /** The content without metadata when it is an image; other types are returned as they are. */
    public static byte[] strip(EvidenceType type, byte[] content) {
        return switch (type) {
            case JPEG -> stripJpeg(content);
            case PNG -> stripPng(content);
            default -> content;
        };
    }

    static byte[] stripJpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2); // SOI
        int i = 2;
        while (true) {
            if (i + 1 >= in.length || (in[i] & 0xFF) != 0xFF) {
                throw new MalformedImageException("no JPEG marker at " + i);
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // start of scan or end of image: the rest is picture data
                out.write(in, i, in.length - i);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            if (i + 3 >= in.length) {
                throw new MalformedImageException("truncated JPEG segment at " + i);
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > in.length) {
                throw new MalformedImageException("JPEG segment length out of bounds at " + i);
            }
            if (keepsJpegSegment(marker, in, i + 4, length - 2)) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
    }

    /** APP0 (JFIF), APP14 (Adobe colour transform) and an APP2 colour profile stay; other APPn and comments go. */
    private static boolean keepsJpegSegment(int marker, byte[] in, int data, int dataLength) {
        if (marker == 0xFE) {
            return false;
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true; // tables, frame headers: the picture needs them
        }
        if (marker == 0xE2) {
            return dataLength >= ICC_PROFILE.length
                    && Arrays.equals(in, data, data + ICC_PROFILE.length, ICC_PROFILE, 0, ICC_PROFILE.length);
        }
        return marker == 0xE0 || marker == 0xEE;
    }

    static byte[] stripPng(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, PNG_SIGNATURE);
        int i = PNG_SIGNATURE;
        while (i < in.length) {
            if (i + 8 > in.length) {
                throw new MalformedImageException("truncated PNG chunk at " + i);
            }
            long length = ((in[i] & 0xFFL) << 24)
                    | ((in[i + 1] & 0xFF) << 16)
                    | ((in[i + 2] & 0xFF) << 8)
                    | (in[i + 3] & 0xFF);
            if (length > in.length - i - 12L) {
                throw new MalformedImageException("PNG chunk length out of bounds at " + i);
            }
            String chunk = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            int total = (int) length + 12;
            if (!PNG_METADATA.contains(chunk)) {
                out.write(in, i, total);
            }
            i += total;
            if (chunk.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new MalformedImageException("PNG without an end chunk");
    }
}
