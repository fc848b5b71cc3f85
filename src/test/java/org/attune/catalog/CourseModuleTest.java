package org.attune.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attune.content.Reference;
import org.junit.jupiter.api.Test;

class CourseModuleTest {

    private static CourseModule module(List<String> sources) {
        return new CourseModule(null, "m", 0, false, "Module", 10, List.of("Outcome."), sources, "");
    }

    @Test
    void storedSourcesReadBackAsTheNumberedReferenceListWithLinks() {
        Reference cochrane = new Reference(3, "Cochrane 2006", "https://doi.org/10.1002/14651858.CD005038.pub2");
        Reference brazelton = new Reference(10, "Brazelton", null);
        CourseModule module = module(List.of(cochrane.storedLine(), brazelton.storedLine()));
        assertEquals(List.of(cochrane, brazelton), module.getReferences());
        assertEquals(List.of("Cochrane 2006 [3]", "Brazelton [10]"), module.getSources());
    }

    @Test
    void moduleImportedBeforeCitationsWithAnUnnumberedSourceListsItsSourcesAsBefore() {
        CourseModule module = module(List.of("Brazelton [10]", "A guide without a number"));
        assertEquals(List.of(), module.getReferences());
        assertEquals(List.of("Brazelton [10]", "A guide without a number"), module.getSources());
    }
}
