package org.attune.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.attune.platform.upload.CheckedUpload;
import org.attune.platform.upload.EvidenceType;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

    @Test
    void recognisesPdfPngAndJpegByTheirFirstBytes() {
        assertEquals(
                Optional.of(EvidenceType.PDF), EvidenceType.of("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(
                Optional.of(EvidenceType.PNG),
                EvidenceType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(
                Optional.of(EvidenceType.JPEG),
                EvidenceType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    }

    @Test
    void refusesOtherContentWhateverItWouldBeCalled() {
        assertTrue(EvidenceType.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))
                .isEmpty());
        assertTrue(EvidenceType.of(new byte[] {'M', 'Z', (byte) 0x90, 0}).isEmpty());
        assertTrue(EvidenceType.of(new byte[] {'%', 'P', 'D'}).isEmpty(), "too short to be a PDF");
        assertTrue(EvidenceType.of(new byte[0]).isEmpty());
    }

    @Test
    void uploadedNamesLoseTheirPathAndOddCharactersAndGetTheRealExtension() {
        assertEquals("notes.pdf", CheckedUpload.safeName("C:\\Users\\x\\notes.pdf", EvidenceType.PDF));
        assertEquals("passwd.png", CheckedUpload.safeName("../../etc/passwd", EvidenceType.PNG));
        assertEquals("a_b_.jpg", CheckedUpload.safeName("a\"b;.jpg", EvidenceType.JPEG));
        assertEquals("evidence.pdf", CheckedUpload.safeName("", EvidenceType.PDF));
        assertEquals("evidence.htaccess.pdf", CheckedUpload.safeName(".htaccess", EvidenceType.PDF));
        assertEquals("report.exe.pdf", CheckedUpload.safeName("report.exe", EvidenceType.PDF));
    }
}
