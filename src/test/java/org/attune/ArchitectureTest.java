package org.attune;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house ({@code ../shared/HOUSE-STYLE.md}) as a test: one package per feature, dependencies that
 * point one way, pages and API resources that do not reach into another feature's pages, {@code platform} and
 * {@code content} that know no feature, and tables written (or row-locked) with SQL only by the feature that owns
 * them. A new feature or a new arrow between features is a decision: add it to {@link #MAY_USE} on purpose.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.attune");

    /** Each feature and the features it may use: today's graph, which has no cycle. */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            entry("platform", Set.of()),
            entry("content", Set.of()),
            entry("audit", Set.of("platform")),
            entry("account", Set.of("audit", "platform")),
            entry("catalog", Set.of("account", "audit", "content", "platform")),
            entry("learning", Set.of("account", "audit", "catalog", "platform")),
            entry("organisation", Set.of("account", "audit", "catalog", "platform")),
            entry("quiz", Set.of("account", "audit", "catalog", "content", "learning", "organisation", "platform")),
            entry("competence", Set.of("account", "audit", "catalog", "learning", "organisation", "platform", "quiz")),
            entry(
                    "certification",
                    Set.of(
                            "account",
                            "audit",
                            "catalog",
                            "competence",
                            "content",
                            "learning",
                            "organisation",
                            "platform",
                            "quiz")),
            entry("workforce", Set.of("account", "audit", "certification", "organisation", "platform")),
            entry("privacy", Set.of("account", "audit", "certification", "competence", "delivery", "platform")),
            entry("retention", Set.of("account", "audit", "competence", "organisation", "platform")),
            entry("notices", Set.of("account", "certification", "competence", "organisation", "platform")),
            entry(
                    "delivery",
                    Set.of("account", "audit", "certification", "content", "organisation", "platform", "workforce")),
            entry("webhooks", Set.of("account", "audit", "certification", "organisation", "platform", "workforce")),
            entry(
                    "home",
                    Set.of(
                            "account",
                            "catalog",
                            "certification",
                            "competence",
                            "learning",
                            "organisation",
                            "platform",
                            "quiz",
                            "workforce")),
            entry(
                    "demo",
                    Set.of(
                            "account",
                            "audit",
                            "catalog",
                            "certification",
                            "competence",
                            "content",
                            "delivery",
                            "learning",
                            "organisation",
                            "platform",
                            "quiz",
                            "workforce")));

    /** Tables that no entity maps, and the feature that owns each. */
    private static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.of(
            "cluster_lease",
            "platform",
            "person_role",
            "account",
            "practicum_family",
            "competence",
            "quiz_extra_attempt",
            "quiz",
            "section_read",
            "learning",
            "status_list_slot",
            "certification");

    private static final Pattern SQL_WRITE = Pattern.compile(
            "\\b(?:INSERT\\s+(?:IGNORE\\s+)?INTO|REPLACE\\s+INTO|(?<!(?:FOR|KEY)\\s{1,3})UPDATE|DELETE\\s+FROM)\\s+([A-Za-z_]+)");
    private static final Pattern FOR_UPDATE = Pattern.compile("\\bFOR\\s+UPDATE\\b");
    private static final Pattern LOCKED_TABLE = Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_]+)");

    @Test
    void everyFeaturePackageIsDeclaredWithTheFeaturesItMayUse() {
        Set<String> undeclared = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            feature(type).filter(f -> !MAY_USE.containsKey(f)).ifPresent(undeclared::add);
        }
        assertEquals(Set.of(), undeclared, "new feature packages: declare what each may use in MAY_USE");
    }

    @Test
    void featuresDependOnlyOnTheFeaturesTheyMayUse() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            String from = feature(type).orElse(null);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = feature(dependency.getTargetClass()).orElse(null);
                if (from != null
                        && to != null
                        && !from.equals(to)
                        && !MAY_USE.getOrDefault(from, Set.of()).contains(to)) {
                    violations.add(type.getName() + " -> "
                            + dependency.getTargetClass().getName());
                }
            }
        }
        assertEquals(Set.of(), violations, "a feature uses one it may not (see MAY_USE)");
    }

    /**
     * The operator's command ({@code scripts/attune-admin}: {@code account.cli}) runs in a JVM of its own on the WAR's
     * classes and libraries, without Payara's EclipseLink; the entities are woven at build time and implement
     * EclipseLink's interfaces, so loading one there fails. Nothing the command can reach may be an entity (checked
     * over everything it reaches in Attune, not only what it names itself).
     */
    @Test
    void theOperatorsCommandReachesNoEntity() {
        Set<String> reached = new TreeSet<>();
        List<JavaClass> queue = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (type.getPackageName().equals("org.attune.account.cli")) {
                queue.add(type);
            }
        }
        Set<String> entities = new TreeSet<>();
        while (!queue.isEmpty()) {
            JavaClass type = queue.remove(queue.size() - 1);
            if (!reached.add(type.getName())) {
                continue;
            }
            if (type.isAnnotatedWith(Entity.class)
                    || type.isAnnotatedWith(Embeddable.class)
                    || type.isAnnotatedWith(MappedSuperclass.class)) {
                entities.add(type.getName());
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith("org.attune")) {
                    queue.add(target);
                }
            }
        }
        assertTrue(reached.contains("org.attune.account.PersonRules"), "the walk followed the command: " + reached);
        assertEquals(Set.of(), entities, "the operator's command reaches entities; use PersonRules-like classes");
    }

    @Test
    void pagesAndApiResourcesDoNotUseAnotherFeaturesPagesOrApi() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String to = feature(target).orElse("");
                if (isWebOrApi(type)
                        && isWebOrApi(target)
                        && !to.equals("platform")
                        && !to.equals(feature(type).orElse(""))) {
                    violations.add(type.getName() + " -> " + target.getName());
                }
            }
        }
        assertEquals(Set.of(), violations, "move what both pages need into the feature itself (or platform)");
    }

    @Test
    void onlyTheOwningFeatureWritesOrLocksItsTablesWithSql() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/org/attune");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = root.relativize(file).getName(0).toString();
                String sql = stringLiterals(Files.readString(file));
                for (String table : writtenOrLocked(sql)) {
                    String owner = owners.getOrDefault(table, owners.get(table.toLowerCase()));
                    if (owner == null) {
                        violations.add(file + " writes " + table + ", which has no known owner");
                    } else if (!owner.equals(feature)) {
                        violations.add(file + " writes or locks " + table + ", which belongs to " + owner);
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "ask the owning feature for a method instead");
    }

    @Test
    void theSqlScanFindsWritesAndLocksButNotUpsertsOrLockClauses() {
        assertEquals(
                Set.of("quiz_attempt", "slot", "person", "practicum_session", "Enrolment", "section_read"),
                writtenOrLocked("INSERT INTO quiz_attempt (a) VALUES (?) ON DUPLICATE KEY UPDATE a = 1 "
                        + "INSERT IGNORE INTO slot (a) VALUES (1) "
                        + "SELECT p.id FROM practicum_session s JOIN person p ON p.id = s.person_id WHERE s.id = ? "
                        + "FOR  UPDATE UPDATE Enrolment e SET e.x = 1 DELETE FROM section_read WHERE id = 1"));
    }

    /** Table (and entity) names to the feature whose entity maps them. */
    private static Map<String, String> tableOwners() {
        Map<String, String> owners = new HashMap<>(TABLES_WITHOUT_ENTITY);
        for (JavaClass type : CLASSES) {
            if (type.isAnnotatedWith(Entity.class)) {
                String feature = feature(type).orElseThrow();
                owners.put(type.getSimpleName(), feature);
                type.tryGetAnnotationOfType(Table.class).ifPresent(t -> owners.put(t.name(), feature));
            }
        }
        return owners;
    }

    /** The tables that SQL or JPQL statements in this text insert into, update, delete from or lock (FOR UPDATE). */
    static Set<String> writtenOrLocked(String sql) {
        Set<String> tables = new TreeSet<>();
        Matcher write = SQL_WRITE.matcher(sql);
        while (write.find()) {
            tables.add(write.group(1));
        }
        Matcher lock = FOR_UPDATE.matcher(sql);
        while (lock.find()) {
            int statementStart = Math.max(sql.lastIndexOf("SELECT", lock.start()), 0);
            Matcher locked = LOCKED_TABLE.matcher(sql.substring(statementStart, lock.start()));
            while (locked.find()) {
                tables.add(locked.group(1));
            }
        }
        return tables;
    }

    /** The file's string literals joined, so that a statement built with {@code +} over lines reads as one. */
    private static String stringLiterals(String source) {
        StringBuilder joined = new StringBuilder();
        Matcher literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(source);
        while (literal.find()) {
            joined.append(literal.group(1)).append(' ');
        }
        return joined.toString();
    }

    private static boolean isWebOrApi(JavaClass type) {
        String name = type.getPackageName();
        return name.matches("org\\.attune\\.[a-z]+\\.(web|api)(\\..*)?");
    }

    private static Optional<String> feature(JavaClass type) {
        JavaClass base = type;
        while (base.isArray()) {
            base = base.getComponentType();
        }
        Matcher m = Pattern.compile("^org\\.attune\\.([a-z]+)(\\.|$)").matcher(base.getPackageName());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
