package org.attune.delivery;

import static org.attune.platform.pdf.PdfDrawing.ACCENT;
import static org.attune.platform.pdf.PdfDrawing.INK;
import static org.attune.platform.pdf.PdfDrawing.qr;
import static org.attune.platform.pdf.PdfDrawing.text;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.attune.content.ParentFeedbackForm;
import org.attune.platform.faces.DisplayDates;
import org.attune.platform.faces.Texts;
import org.attune.platform.pdf.PdfDrawing;

/**
 * The printable poster of a session's feedback code (A4 portrait) and the same as a slide (16:9): the form's title in
 * English and Welsh, the code in large letters, a QR code of the feedback address (drawn as vector squares, as the
 * certificate's is) and the address itself, and the last day the code works. All text is real, extractable text.
 */
public final class FeedbackPosterPdf {

    /** Where the poster's QR code is drawn: centred, {@value #POSTER_QR_SIZE} points wide, its bottom this high. */
    public static final float POSTER_QR_BOTTOM = 250;

    public static final float POSTER_QR_SIZE = 260;

    private FeedbackPosterPdf() {}

    /** The A4 poster. */
    public static byte[] poster(DeliverySession session, ParentFeedbackForm form, String url) {
        return render(session, form, url, PDRectangle.A4, false);
    }

    /** The slide: the same content laid out for a screen. */
    public static byte[] slide(DeliverySession session, ParentFeedbackForm form, String url) {
        return render(session, form, url, new PDRectangle(960, 540), true);
    }

    private static byte[] render(
            DeliverySession session, ParentFeedbackForm form, String url, PDRectangle size, boolean slide) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDFont regular = PdfDrawing.regular(doc);
            PDFont bold = PdfDrawing.bold(doc);
            doc.getDocumentInformation().setTitle(form.text("title", "en") + " - " + session.getCode());
            doc.getDocumentInformation().setAuthor("Attune");
            float w = size.getWidth();
            float h = size.getHeight();
            String closes = DisplayDates.LONG_DATE.format(session.closesAfter());
            String sessionLine = MessageFormat.format(
                    form.text("session", "en"), session.getNumber(), DisplayDates.LONG_DATE.format(session.getDate()));
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                if (slide) {
                    text(out, bold, 30, ACCENT, form.text("title", "en"), 50, h - 80);
                    text(out, regular, 22, INK, form.text("title", "cy"), 50, h - 115);
                    text(out, regular, 16, INK, sessionLine, 50, h - 160);
                    text(
                            out,
                            regular,
                            18,
                            INK,
                            form.text("codeLabel", "en") + " / " + form.text("codeLabel", "cy"),
                            50,
                            h - 230);
                    text(out, bold, 64, INK, session.getCode(), 50, h - 310);
                    text(out, regular, 16, INK, url, 50, h - 360);
                    text(out, regular, 14, INK, Texts.get("delivery.poster.openUntil", closes), 50, 60);
                    qr(out, url, w - 380, (h - 330) / 2, 330);
                } else {
                    centred(out, bold, 26, ACCENT, form.text("title", "en"), w, h - 90);
                    centred(out, regular, 20, INK, form.text("title", "cy"), w, h - 122);
                    centred(out, regular, 14, INK, sessionLine, w, h - 160);
                    centred(
                            out,
                            regular,
                            16,
                            INK,
                            form.text("codeLabel", "en") + " / " + form.text("codeLabel", "cy"),
                            w,
                            h - 220);
                    centred(out, bold, 60, INK, session.getCode(), w, h - 290);
                    qr(out, url, (w - POSTER_QR_SIZE) / 2, POSTER_QR_BOTTOM, POSTER_QR_SIZE);
                    centred(out, regular, 14, INK, url, w, POSTER_QR_BOTTOM - 30);
                    centred(
                            out,
                            regular,
                            12,
                            INK,
                            Texts.get("delivery.poster.openUntil", closes),
                            w,
                            POSTER_QR_BOTTOM - 60);
                    centred(out, regular, 11, INK, form.text("intro", "en"), w, 110);
                }
            }
            return PdfDrawing.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: a broken font resource, never the user's input
        }
    }

    private static void centred(
            PDPageContentStream out, PDFont font, float size, Color colour, String s, float width, float y)
            throws IOException {
        float textWidth = font.getStringWidth(s) / 1000 * size;
        if (textWidth > width - 40) { // a long line (the intro) is made smaller rather than cut off
            size = size * (width - 40) / textWidth;
            textWidth = width - 40;
        }
        text(out, font, size, colour, s, (width - textWidth) / 2, y);
    }
}
