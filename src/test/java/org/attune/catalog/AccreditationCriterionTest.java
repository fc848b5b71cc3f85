package org.attune.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the review page lists as missing for a criterion, and how stored criteria come back. */
class AccreditationCriterionTest {

    private static final AccreditationCriterion SAFEGUARDING = new AccreditationCriterion(
            6,
            "safeguarding",
            "Safety and safeguarding",
            "Mandatory content.",
            false,
            List.of(
                    new AccreditationCriterion.Document("safeguarding-policy", "Safeguarding policy naming the lead"),
                    new AccreditationCriterion.Document("safeguarding-content", "Outline of the content")));

    @Test
    void missingDocumentsAreTheNamedOnesNotProvidedInTheCriterionsOrder() {
        assertEquals(
                List.of("Safeguarding policy naming the lead", "Outline of the content"),
                SAFEGUARDING.missing(Set.of()).stream()
                        .map(AccreditationCriterion.Document::title)
                        .toList());
        assertEquals(
                List.of("Outline of the content"),
                SAFEGUARDING.missing(Set.of("safeguarding-policy", "other")).stream()
                        .map(AccreditationCriterion.Document::title)
                        .toList());
        assertTrue(SAFEGUARDING
                .missing(Set.of("safeguarding-policy", "safeguarding-content"))
                .isEmpty());
    }

    @Test
    void storedDefinitionComesBackWithItsNumberFlagAndDocuments() {
        AccreditationCriterionDefinition stored = new AccreditationCriterionDefinition(
                null,
                "safeguarding",
                5,
                SAFEGUARDING.title(),
                SAFEGUARDING.requirement(),
                false,
                SAFEGUARDING.documents());
        assertEquals(SAFEGUARDING, stored.toCriterion());
        assertFalse(stored.toCriterion().waivable());
        assertTrue(stored.toCriterion().names("safeguarding-content"));
    }
}
