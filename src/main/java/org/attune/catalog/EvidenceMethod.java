package org.attune.catalog;

import java.util.Locale;

/**
 * How a competence is assessed, as its {@code evidence} field in {@code competences.yaml} names it: seen in a class,
 * a professional discussion with the trainer, or a portfolio item the trainer reviews.
 */
public enum EvidenceMethod {
    OBSERVED,
    DISCUSSION,
    PORTFOLIO;

    /** The method a validated content word ({@code observed}, {@code discussion}, {@code portfolio}) names. */
    public static EvidenceMethod ofContent(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
