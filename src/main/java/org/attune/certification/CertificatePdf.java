package org.attune.certification;

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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.attune.content.CourseContent;
import org.attune.platform.faces.DisplayDates;
import org.attune.platform.faces.Texts;

/**
 * The certificate as an A4 landscape PDF: fonts embedded (Liberation Sans subsets), the document title set, all
 * text real text (extractable, so screen readers and search work), and a QR code, drawn as vector squares, holding
 * the public verification URL.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DisplayDates.LONG_DATE;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0x8b);

    private CertificatePdf() {}

    /** The certificate, naming the qualification of its syllabus version and what it does not certify. */
    public static byte[] render(Certificate c, CourseContent.Qualification qualification, String verifyUrl) {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4Landscape);
            doc.addPage(page);
            PDFont regular = font(doc, "LiberationSans-Regular.ttf");
            PDFont bold = font(doc, "LiberationSans-Bold.ttf");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(Texts.english("certificate.pdf.title", c.getNumber().toString(), c.getHolderName()));
            info.setAuthor("Attune");
            info.setSubject(c.getCourseTitle());
            Calendar created = Calendar.getInstance();
            created.setTimeInMillis(c.getIssuedAt().toEpochMilli());
            info.setCreationDate(created);
            float w = a4Landscape.getWidth();
            float h = a4Landscape.getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setStrokingColor(ACCENT);
                out.setLineWidth(3);
                out.addRect(24, 24, w - 48, h - 48);
                out.stroke();
                centred(out, bold, 16, ACCENT, "ATTUNE", w, h - 80);
                centred(out, regular, 26, INK, Texts.english("certificate.pdf.heading"), w, h - 118);
                centred(out, regular, 13, INK, Texts.english("certificate.pdf.certifies"), w, h - 160);
                centred(out, bold, 30, INK, c.getHolderName(), w, h - 200);
                centred(out, regular, 13, INK, Texts.english("certificate.pdf.completed"), w, h - 236);
                centred(out, bold, 15, INK, c.getCourseTitle(), w, h - 258);
                centred(
                        out,
                        regular,
                        11,
                        INK,
                        Texts.english(
                                "certificate.pdf.syllabus", c.getSyllabusLabel(), abbreviate(c.getSyllabusHash())),
                        w,
                        h - 278);
                centred(
                        out,
                        bold,
                        12,
                        INK,
                        text("certificate.pdf.qualification") + " " + qualification.name(),
                        w,
                        h - 298);
                float y = h - 330;
                text(out, bold, 11, INK, Texts.english("certificate.pdf.organisation") + " ", 60, y);
                text(out, regular, 11, INK, c.getOrganisationName(), 190, y);
                text(out, bold, 11, INK, Texts.english("certificate.pdf.signedOffBy") + " ", 60, y - 18);
                text(out, regular, 11, INK, c.getSignedOffByName(), 190, y - 18);
                text(out, bold, 11, INK, Texts.english("certificate.pdf.issued") + " ", 60, y - 36);
                text(out, regular, 11, INK, DATE.format(c.getIssuedAt()), 190, y - 36);
                text(out, bold, 11, INK, Texts.english("certificate.pdf.expires") + " ", 60, y - 54);
                text(out, regular, 11, INK, DATE.format(c.getExpiresAt()), 190, y - 54);
                text(out, bold, 11, INK, Texts.english("certificate.pdf.number") + " ", 60, y - 72);
                text(out, bold, 13, ACCENT, c.getNumber().value(), 190, y - 72);
                text(out, bold, 10, INK, Texts.english("certificate.pdf.competences"), 60, y - 104);
                List<String> competences = c.getCompetences();
                for (int i = 0; i < competences.size(); i++) {
                    float x = i < 6 ? 60 : 300;
                    text(out, regular, 9, INK, (i + 1) + ". " + competences.get(i), x, y - 120 - (i % 6) * 13);
                }
                List<String> notCertified = wrap(
                        regular,
                        7,
                        text("credential.doesNotCertify") + " " + String.join(" ", qualification.doesNotCertify()),
                        w - 300);
                for (int i = 0; i < notCertified.size() && i < 4; i++) {
                    text(out, regular, 7, INK, notCertified.get(i), 60, 66 - i * 9);
                }
                qr(out, verifyUrl, w - 220, 70, 150);
                text(out, regular, 9, INK, Texts.english("certificate.pdf.scan"), w - 220, 56);
                text(
                        out,
                        regular,
                        8,
                        INK,
                        verifyUrl,
                        w - 220 - Math.max(0, regular.getStringWidth(verifyUrl) / 1000 * 8 - 170),
                        44);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The certificate PDF could not be made: " + e.getMessage(), e);
        }
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("fonts/" + file)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 16 ? hash.substring(0, 16) + "..." : hash;
    }

    /** The text in lines no wider than {@code width} points, broken between words. */
    static List<String> wrap(PDFont font, float size, String s, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void centred(
            PDPageContentStream out, PDFont font, float size, Color colour, String s, float width, float y)
            throws IOException {
        float textWidth = font.getStringWidth(s) / 1000 * size;
        text(out, font, size, colour, s, (width - textWidth) / 2, y);
    }

    private static void text(PDPageContentStream out, PDFont font, float size, Color colour, String s, float x, float y)
            throws IOException {
        out.beginText();
        out.setNonStrokingColor(colour);
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    /** Draws the QR code of {@code content} as filled squares, {@code size} points wide, with its quiet zone. */
    private static void qr(PDPageContentStream out, String content, float x, float y, float size) throws IOException {
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

    static BitMatrix matrix(String content) {
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

    /** A text of the en-GB bundle (no Faces context here: certificates are made outside requests too). */
    private static String text(String key) {
        return ResourceBundle.getBundle(Texts.BUNDLE, Locale.UK).getString(key);
    }
}
