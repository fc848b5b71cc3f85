package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final String URL = "https://attune.example/verify/ATT-ABCD-EFGH-JKMN-P";

    @Test
    void pdfIsA4LandscapeWithTitleEmbeddedFontsAndTextThatReadsBack() throws Exception {
        Certificate c = CertificateSamples.certificate(1);
        try (PDDocument doc = Loader.loadPDF(CertificatePdf.render(c, CertificateSamples.qualification(), URL))) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(842, Math.round(page.getMediaBox().getWidth()));
            assertEquals(595, Math.round(page.getMediaBox().getHeight()));
            assertEquals(
                    "Attune facilitator certificate " + c.getNumber() + ": Zoë O'Connor-Ndiaye",
                    doc.getDocumentInformation().getTitle());
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            String text = new PDFTextStripper().getText(doc);
            for (String expected : new String[] {
                "Zoë O'Connor-Ndiaye",
                c.getNumber().value(),
                "Tender Touch Training",
                "Bethan Price",
                "Syllabus version 2026.1",
                "26 November 2026",
                "26 November 2029",
                "Permission ritual",
                "Reflection",
                URL,
                "Qualification: Facilitator of parent-infant communication in infant massage classes",
                "It does not certify: Massage therapy."
            }) {
                assertTrue(text.contains(expected), "\"" + expected + "\" in:\n" + text);
            }
        }
    }

    @Test
    void qrCodeOnThePageHoldsTheVerificationUrl() throws Exception {
        assertEquals(
                URL,
                QrOnCertificate.read(CertificatePdf.render(
                        CertificateSamples.certificate(1), CertificateSamples.qualification(), URL)));
    }
}
