package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Attune runs as a cluster with replicated sessions: every bean kept in a session or a view must be serializable,
 * and so must everything it holds, or its node's sessions are lost on failover (and replication fails on every
 * request that changes them).
 */
class ClusterReadinessTest {

    @Test
    void everySessionOrViewScopedBeanIsSerializable() throws Exception {
        List<String> notSerializable = new ArrayList<>();
        for (Class<?> type : scopedBeans()) {
            if (!Serializable.class.isAssignableFrom(type)) {
                notSerializable.add(type.getName());
            }
        }
        assertEquals(List.of(), notSerializable);
    }

    /**
     * What a scoped bean keeps: each field that is neither static nor transient, and, for Attune's own types, each
     * of theirs in turn, including the element types of collections and maps. Injected fields are left out: the
     * container serializes its proxies itself.
     */
    @Test
    void everythingAScopedBeanKeepsIsSerializableToo() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> type : scopedBeans()) {
            checkFields(type, type.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A transient injected field is null once the session has been deserialized on another node, and the first post
     * that lands there fails. Weld's client proxies for normal-scoped beans are serializable: inject without
     * {@code transient}.
     */
    @Test
    void aScopedBeanKeepsItsInjectedCollaboratorsWhenItsSessionMovesToAnotherNode() throws Exception {
        List<String> transientInjections = new ArrayList<>();
        for (Class<?> type : scopedBeans()) {
            transientInjections.addAll(transientInjectedFields(type));
        }
        assertEquals(List.of(), transientInjections);
    }

    @Test
    void theInjectionCheckFindsATransientInjectedFieldOfASuperclass() {
        assertEquals(
                List.of(HoldsATransientInjection.class.getSimpleName() + ".lost"),
                transientInjectedFields(ExtendsAHolderOfATransientInjection.class));
    }

    static class HoldsATransientInjection implements Serializable {
        private static final long serialVersionUID = 1L;

        @Inject
        private transient Object lost;

        @Inject
        private Object kept;

        private transient Object perRequest;
    }

    static class ExtendsAHolderOfATransientInjection extends HoldsATransientInjection {
        private static final long serialVersionUID = 1L;
    }

    private static List<String> transientInjectedFields(Class<?> type) {
        List<String> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isTransient(field.getModifiers()) && field.isAnnotationPresent(Inject.class)) {
                    found.add(c.getSimpleName() + "." + field.getName());
                }
            }
        }
        return found;
    }

    @Test
    void theFieldCheckFindsANonSerializableElementOfAList() {
        List<String> problems = new ArrayList<>();
        checkFields(HoldsAListOfPlainRecords.class, "Holder", new HashSet<>(), problems);
        assertEquals(List.of("Holder.rows<> is " + PlainRecord.class.getName()), problems);
    }

    record PlainRecord(String text) {}

    static class HoldsAListOfPlainRecords implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<PlainRecord> rows = new ArrayList<>();
        private transient Object ignored;
    }

    private static void checkFields(Class<?> type, String path, Set<Type> seen, List<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                check(c.getComponentType(), path + "[]", seen, problems);
            } else if (c.isPrimitive() || c.isInterface() || c == Object.class) {
                return; // an interface or Object says nothing about what will be held
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + " is " + c.getName());
            } else if (c.getName().startsWith("org.attune.") && seen.add(c)) {
                checkFields(c, c.getSimpleName(), seen, problems);
            }
        }
    }

    private List<Class<?>> scopedBeans() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> scoped = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class)
                        || type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ConversationScoped.class)) {
                    scoped.add(type);
                }
            }
        }
        assertFalse(scoped.isEmpty(), "found no view- or session-scoped beans at all: is target/classes built?");
        return scoped;
    }
}
