package org.attune.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

    /**
     * The enrolment look-ups read with the read-only hint, which turns change tracking off: a method that changed an
     * enrolment's fields would silently lose its change. Only getters (and the object's own basics) may be callable.
     */
    @Test
    void enrolmentsHaveNoMethodThatChangesThemSoReadOnlyLookupsLoseNothing() {
        List<String> changing = Arrays.stream(Enrolment.class.getDeclaredMethods())
                .filter(m -> !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic())
                .filter(m -> !isGetter(m)
                        && !List.of("equals", "hashCode", "toString").contains(m.getName()))
                .filter(m -> !m.getName().startsWith("_persistence_")) // added by EclipseLink's weaver, if it runs
                .map(Method::getName)
                .sorted()
                .toList();
        assertEquals(List.of(), changing, "methods that could change an enrolment");
    }

    private static boolean isGetter(Method m) {
        return m.getParameterCount() == 0
                && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                && m.getReturnType() != void.class;
    }
}
