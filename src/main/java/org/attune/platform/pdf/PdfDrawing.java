package org.attune.platform.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Drawing Attune's printed documents (certificates, feedback posters) alike: Liberation Sans embedded as subsets, all
 * text real text (extractable, so screen readers and search work), Attune's two colours, and QR codes drawn as
 * vector squares.
 */
public final class PdfDrawing {

    public static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    public static final Color ACCENT = new Color(0x1f, 0x5f, 0x8b);

    private PdfDrawing() {}

    /** Liberation Sans Regular, embedded in the document as a subset. */
    public static PDFont regular(PDDocument doc) throws IOException {
        return font(doc, "LiberationSans-Regular.ttf");
    }

    /** Liberation Sans Bold, embedded in the document as a subset. */
    public static PDFont bold(PDDocument doc) throws IOException {
        return font(doc, "LiberationSans-Bold.ttf");
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = PdfDrawing.class.getResourceAsStream("fonts/" + file)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    /** One line of text, its baseline starting at ({@code x}, {@code y}). */
    public static void text(PDPageContentStream out, PDFont font, float size, Color colour, String s, float x, float y)
            throws IOException {
        out.beginText();
        out.setNonStrokingColor(colour);
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    /** Draws the QR code of {@code content} as filled squares, {@code size} points wide, with its quiet zone. */
    public static void qr(PDPageContentStream out, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(content);
        float module = size / matrix.getWidth();
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    /** The QR code of {@code content}: error correction M, a quiet zone of four modules. */
    public static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + content + " as a QR code", e);
        }
    }

    /** The document as bytes. */
    public static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }
}
