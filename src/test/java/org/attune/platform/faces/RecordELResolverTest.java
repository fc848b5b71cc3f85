package org.attune.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Score(String name, double percent, boolean passed) {}

    /** The least ELContext the resolver needs: it only records whether a property was resolved. */
    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponentByItsName() {
        Context context = new Context();
        assertEquals(82.5, resolver.getValue(context, new Score("Ana", 82.5, true), "percent"));
        assertTrue(context.isPropertyResolved());
        assertEquals(true, resolver.getValue(new Context(), new Score("Ana", 82.5, true), "passed"));
    }

    @Test
    void leavesUnknownPropertiesAndOtherObjectsToTheNextResolver() {
        Context context = new Context();
        assertNull(resolver.getValue(context, new Score("Ana", 1, false), "noSuchComponent"));
        assertFalse(context.isPropertyResolved());
        Context other = new Context();
        assertNull(resolver.getValue(other, "a string", "length"));
        assertFalse(other.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        assertTrue(resolver.isReadOnly(new Context(), new Score("Ana", 1, false), "name"));
        assertThrows(
                PropertyNotWritableException.class,
                () -> resolver.setValue(new Context(), new Score("Ana", 1, false), "name", "Bo"));
    }
}
