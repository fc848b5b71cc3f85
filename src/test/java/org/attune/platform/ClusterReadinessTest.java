package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Attune runs as a cluster with replicated sessions: every bean kept in a session or a view must be serializable,
 * or its node's sessions are lost on failover.
 */
class ClusterReadinessTest {

    @Test
    void everySessionOrViewScopedBeanIsSerializable() throws Exception {
        Path classes = Path.of("target/classes");
        List<String> scoped = new ArrayList<>();
        List<String> notSerializable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                boolean keptAcrossRequests = type.isAnnotationPresent(jakarta.faces.view.ViewScoped.class)
                        || type.isAnnotationPresent(jakarta.enterprise.context.SessionScoped.class)
                        || type.isAnnotationPresent(jakarta.enterprise.context.ConversationScoped.class);
                if (keptAcrossRequests) {
                    scoped.add(name);
                    if (!Serializable.class.isAssignableFrom(type)) {
                        notSerializable.add(name);
                    }
                }
            }
        }
        assertFalse(scoped.isEmpty(), "found no view- or session-scoped beans at all: is target/classes built?");
        assertEquals(List.of(), notSerializable);
    }
}
