package org.attune.certification;

import static org.attune.platform.pdf.PdfDrawing.ACCENT;
import static org.attune.platform.pdf.PdfDrawing.INK;
import static org.attune.platform.pdf.PdfDrawing.qr;
import static org.attune.platform.pdf.PdfDrawing.text;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.attune.content.CourseContent;
import org.attune.platform.faces.DisplayDates;
import org.attune.platform.faces.Texts;
import org.attune.platform.pdf.PdfDrawing;

/**
 * The certificate as an A4 landscape PDF: fonts embedded (Liberation Sans subsets), the document title set, all
 * text real text (extractable, so screen readers and search work), and a QR code, drawn as vector squares, holding
 * the public verification URL.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DisplayDates.LONG_DATE;

    private CertificatePdf() {}

    /** The certificate, naming the qualification of its syllabus version and what it does not certify. */
    public static byte[] render(Certificate c, CourseContent.Qualification qualification, String verifyUrl) {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4Landscape);
            doc.addPage(page);
            PDFont regular = PdfDrawing.regular(doc);
            PDFont bold = PdfDrawing.bold(doc);
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
                        bundleText("certificate.pdf.qualification") + " " + qualification.name(),
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
                        bundleText("credential.doesNotCertify") + " "
                                + String.join(" ", qualification.doesNotCertify()),
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
            return PdfDrawing.bytes(doc);
        } catch (IOException e) {
            throw new IllegalStateException("The certificate PDF could not be made: " + e.getMessage(), e);
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

    /** A text of the en-GB bundle (no Faces context here: certificates are made outside requests too). */
    private static String bundleText(String key) {
        return ResourceBundle.getBundle(Texts.BUNDLE, Locale.UK).getString(key);
    }
}
