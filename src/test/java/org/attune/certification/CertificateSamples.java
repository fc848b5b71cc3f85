package org.attune.certification;

import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.attune.content.CourseContent;

/** Certificates for unit tests, as the issuer would make them (slot in list 1 at index 1000 + id, a fixed salt). */
final class CertificateSamples {

    private CertificateSamples() {}

    static final String SALT = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    static Certificate certificate(long id) {
        Certificate c = new Certificate(
                CertificateNumber.random(new SecureRandom()),
                new Certificate.Facts(
                        7,
                        "Zoë O'Connor-Ndiaye",
                        3,
                        "Tender Touch Training",
                        "ACCREDITED",
                        5,
                        "Bethan Price",
                        "ATT-IC",
                        "Supporting parent-infant communication in infant massage classes",
                        11,
                        "2026.1",
                        "a239881eeb3ce13f68b1ef59892044c587ddd89dba6120ce07566fa5f8f27d6c",
                        List.of(
                                "Invitation and engagement",
                                "Welcoming group climate",
                                "Naming states",
                                "Reading cues",
                                "Permission ritual",
                                "Modelling sensitivity",
                                "Speaking for the baby",
                                "Strengths-based coaching",
                                "Parental wellbeing",
                                "Safety screening",
                                "Safeguarding",
                                "Reflection")),
                Instant.parse("2026-11-26T10:15:30.123456Z"),
                Instant.parse("2029-11-26T10:15:30.123456Z"),
                "initial:7",
                null);
        try {
            Field f = Certificate.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        c.prepareCredential(new StatusListSlots.Slot(1, (int) (1000 + id)), SALT);
        return c;
    }

    /** A qualification as course.yaml states one. */
    static CourseContent.Qualification qualification() {
        return new CourseContent.Qualification(
                "Facilitator of parent-infant communication in infant massage classes",
                "An infant massage instructor qualification, or a supervised role with parents and babies.",
                "A face-to-face workshop the trainer records.",
                "An observed practicum with five families.",
                "The holder was trained and observed in supporting parent-infant communication in infant massage"
                        + " classes.",
                List.of(
                        "Massage therapy.", "Clinical or medical skills.",
                        "Teaching massage strokes as such.", "Unsupervised work with medically complex babies."));
    }
}
