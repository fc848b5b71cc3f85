package org.attune.platform.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.attune.platform.Secrets;
import org.junit.jupiter.api.Test;

/**
 * Images are stored without the metadata a phone writes into them: a real JPEG carrying a GPS position in its EXIF
 * and a real PNG with text and EXIF chunks are uploaded, and the stored bytes hold none of it while the picture is
 * the same pixel for pixel.
 */
class ImageMetadataTest {

    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aJpegWithAGpsPositionIsStoredWithoutExifOrGps() throws IOException {
        byte[] plain = encode("jpg");
        byte[] withGps = insertAfterApp0(plain, app1Exif());
        assertTrue(indexOf(withGps, EXIF_HEADER) > 0, "the test image carries EXIF");
        assertTrue(indexOf(withGps, "GPS-51N".getBytes(StandardCharsets.US_ASCII)) > 0);
        assertEquals(32, ImageIO.read(new ByteArrayInputStream(withGps)).getWidth(), "the test image is a real JPEG");

        CheckedUpload stored = CheckedUpload.read("IMG_0042.jpg", new ByteArrayInputStream(withGps));

        assertEquals(EvidenceType.JPEG, stored.type());
        assertEquals(-1, indexOf(stored.content(), EXIF_HEADER), "EXIF was stored");
        assertEquals(-1, indexOf(stored.content(), "GPS-51N".getBytes(StandardCharsets.US_ASCII)), "GPS was stored");
        assertEquals(-1, indexOf(stored.content(), new byte[] {(byte) 0x88, 0x25}), "the GPS IFD tag was stored");
        assertFalse(hasMarkerBeforeScan(stored.content(), 0xE1), "an APP1 segment was stored");
        assertArrayEquals(plain, stored.content(), "anything but the EXIF segment changed");
        assertPixelsEqual(withGps, stored.content());
        assertEquals(Secrets.sha256Hex(stored.content()), stored.sha256(), "the hash is not of the stored bytes");
    }

    @Test
    void aPngIsStoredWithoutItsTextExifAndTimeChunks() throws IOException {
        byte[] plain = encode("png");
        byte[] tagged = insertAfterIhdr(
                plain,
                chunk("tEXt", "Comment\0Taken at 51.5074 N, 0.1278 W"),
                chunk("eXIf", "MM\0*\0\0\0\bGPS-51N"),
                chunk("tIME", "\u0007\u00ea\u000b\u001e\u0012\u0000\u0000"));
        assertTrue(indexOf(tagged, "51.5074".getBytes(StandardCharsets.US_ASCII)) > 0);

        CheckedUpload stored = CheckedUpload.read("scan.png", new ByteArrayInputStream(tagged));

        assertEquals(-1, indexOf(stored.content(), "51.5074".getBytes(StandardCharsets.US_ASCII)), "text was stored");
        assertEquals(-1, indexOf(stored.content(), "eXIf".getBytes(StandardCharsets.US_ASCII)), "EXIF was stored");
        assertEquals(-1, indexOf(stored.content(), "tIME".getBytes(StandardCharsets.US_ASCII)), "the time was stored");
        assertArrayEquals(plain, stored.content());
        assertPixelsEqual(tagged, stored.content());
    }

    @Test
    void aDamagedImageIsRefusedWithAMessageNotAnError() {
        byte[] truncated = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x00, 'E', 'x', 'i', 'f'};
        CheckedUpload.RejectedException refused = assertThrows(
                CheckedUpload.RejectedException.class,
                () -> CheckedUpload.read("photo.jpg", new ByteArrayInputStream(truncated)));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
        byte[] noEnd = new byte[] {
            (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 'I', 'D', 'A', 'T', 1, 2, 3, 4
        };
        assertThrows(
                CheckedUpload.RejectedException.class,
                () -> CheckedUpload.read("scan.png", new ByteArrayInputStream(noEnd)));
    }

    @Test
    void aPdfIsStoredAsItCame() {
        byte[] pdf = "%PDF-1.7\n% Author: someone\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(
                pdf,
                CheckedUpload.read("notes.pdf", new ByteArrayInputStream(pdf)).content());
        assertFalse(EvidenceType.PDF.isImage());
        assertTrue(EvidenceType.JPEG.isImage() && EvidenceType.PNG.isImage());
    }

    private static byte[] encode(String format) throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 120, 40));
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.BLUE);
        g.fillOval(4, 4, 16, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    /** An APP1 segment with a big-endian TIFF: IFD0 pointing to a GPS IFD (latitude reference N, 51/1 30/1 0/1). */
    private static byte[] app1Exif() {
        ByteBuffer tiff = ByteBuffer.allocate(88);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1)
                .putShort((short) 0x8825)
                .putShort((short) 4)
                .putInt(1)
                .putInt(26)
                .putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        tiff.put("GPS-51N\0".getBytes(StandardCharsets.US_ASCII));
        byte[] body = concat(EXIF_HEADER, tiff.array());
        return concat(
                new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((body.length + 2) >> 8), (byte) (body.length + 2)}, body);
    }

    private static byte[] insertAfterApp0(byte[] jpeg, byte[] segment) {
        int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
        assertEquals(0xE0, jpeg[3] & 0xFF, "ImageIO writes a JFIF APP0 first");
        int at = 4 + app0Length;
        return concat(concat(slice(jpeg, 0, at), segment), slice(jpeg, at, jpeg.length));
    }

    private static byte[] insertAfterIhdr(byte[] png, byte[]... chunks) {
        int at = 8 + 12 + 13; // signature, IHDR (13 bytes of data)
        byte[] result = slice(png, 0, at);
        for (byte[] chunk : chunks) {
            result = concat(result, chunk);
        }
        return concat(result, slice(png, at, png.length));
    }

    private static byte[] chunk(String type, String data) {
        byte[] typeAndData =
                concat(type.getBytes(StandardCharsets.ISO_8859_1), data.getBytes(StandardCharsets.ISO_8859_1));
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(typeAndData.length + 8)
                .putInt(data.length())
                .put(typeAndData)
                .putInt((int) crc.getValue())
                .array();
    }

    private static boolean hasMarkerBeforeScan(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 3 < jpeg.length && (jpeg[i + 1] & 0xFF) != 0xDA) {
            if ((jpeg[i + 1] & 0xFF) == marker) {
                return true;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }

    private static void assertPixelsEqual(byte[] expected, byte[] actual) throws IOException {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(expected));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(actual));
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] slice(byte[] a, int from, int to) {
        return Arrays.copyOfRange(a, from, to);
    }
}
