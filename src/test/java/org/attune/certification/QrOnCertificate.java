package org.attune.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR code on a certificate PDF as a phone camera would: the page rendered at 300 dpi, looking at the
 * corner where the code is printed (150 points square, 70 points from the right and bottom edges, as
 * {@link CertificatePdf} draws it, with room around it). Decoding the whole page instead failed now and then when the
 * page's text held shapes the detector took for finder patterns.
 */
final class QrOnCertificate {

    private static final float DPI = 300;
    private static final float AREA = 190; // points: the code and 20 points of white around it

    private QrOnCertificate() {}

    static String read(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, DPI);
            float scale = DPI / 72;
            int x = Math.round((box.getWidth() - 50 - AREA) * scale);
            int y = Math.round((box.getHeight() - 50 - AREA) * scale);
            int size = Math.round(AREA * scale);
            BufferedImage corner =
                    page.getSubimage(x, y, Math.min(size, page.getWidth() - x), Math.min(size, page.getHeight() - y));
            try {
                return decode(corner);
            } catch (NotFoundException notInTheCorner) {
                return decode(page); // says where it went if the layout moved the code
            }
        }
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(
                                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                        Map.of(DecodeHintType.TRY_HARDER, true))
                .getText();
    }
}
