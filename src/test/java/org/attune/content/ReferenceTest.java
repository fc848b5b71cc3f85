package org.attune.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void sourceIsNumberedByItsTrailingNumber() {
        Reference r = Reference.of("Barnard K, NCAST cue modules [11]", null);
        assertEquals(new Reference(11, "Barnard K, NCAST cue modules", null), r);
        assertEquals("Barnard K, NCAST cue modules [11]", r.source());
        assertNull(Reference.of("A source with no number", null));
    }

    @Test
    void storedLineReadsBackWithItsLinkAndOldLinesReadAsBefore() {
        Reference withLink = new Reference(3, "Cochrane 2006", "https://doi.org/10.1002/14651858.CD005038.pub2");
        assertEquals(withLink, Reference.fromStoredLine(withLink.storedLine()));
        assertEquals(new Reference(10, "Brazelton", null), Reference.fromStoredLine("Brazelton [10]"));
        assertNull(Reference.fromStoredLine("An old source without a number"));
    }
}
