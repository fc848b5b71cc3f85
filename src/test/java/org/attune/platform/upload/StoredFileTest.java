package org.attune.platform.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.attune.platform.Secrets;
import org.junit.jupiter.api.Test;

/** A stored file is described by what the checks made of the upload, not by what the uploader claimed. */
class StoredFileTest {

    @Test
    void describesTheCheckedUploadWithItsSafeNameRecognisedTypeSizeAndChecksum() {
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Instant at = Instant.parse("2026-12-01T09:30:00Z");

        StoredFile file = StoredFile.of(CheckedUpload.read("..\\notes<1>.png", new ByteArrayInputStream(pdf)), at);

        assertEquals("notes_1_.png.pdf", file.getFileName());
        assertEquals("application/pdf", file.getContentType());
        assertEquals(pdf.length, file.getSize());
        assertEquals(Secrets.sha256Hex(pdf), file.getSha256());
        assertEquals(at, file.getUploadedAt());
    }
}
