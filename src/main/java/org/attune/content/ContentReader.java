package org.attune.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a content tree: one folder per course under the root, each with {@code course.yaml}, {@code modules/*.md},
 * {@code quizzes/*.yaml}, {@code competences.yaml}, {@code accreditation.yaml} and {@code media/}; and the parents'
 * feedback form, {@code feedback.yaml} at the root, if there is one ({@link ParentFeedbackReader}). Reports every
 * problem it finds, never stopping at the first; courses are returned only when the whole tree is clean.
 */
public final class ContentReader {

    private ContentReader() {}

    public static ContentReport read(Path root) {
        Problems problems = new Problems();
        List<CourseContent> courses = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(root.toString(), 0, "There is no content folder here.");
            return new ContentReport(List.of(), problems.sorted());
        }
        List<Path> courseDirs;
        try (Stream<Path> children = Files.list(root)) {
            courseDirs = children.filter(p -> Files.isRegularFile(p.resolve("course.yaml")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (courseDirs.isEmpty()) {
            problems.add(root.toString(), 0, "No course found: a course is a folder with a course.yaml.");
        }
        for (Path dir : courseDirs) {
            readCourse(root, dir, problems).ifPresent(courses::add);
        }
        ParentFeedbackReader.check(root, problems);
        List<ContentProblem> found = problems.sorted();
        return new ContentReport(found.isEmpty() ? List.copyOf(courses) : List.of(), found, problems.sortedWarnings());
    }

    private static Optional<CourseContent> readCourse(Path root, Path dir, Problems problems) {
        String manifestName = name(root, dir.resolve("course.yaml"));
        Path media = dir.resolve("media");
        Optional<YamlFile.Fields> manifest = readYaml(dir.resolve("course.yaml"), manifestName, problems);

        Map<String, ModuleReader.Parsed> modules = new HashMap<>();
        Map<String, ModuleReader.Parsed> modulesByFile = new HashMap<>();
        for (Path file : files(dir.resolve("modules"), ".md")) {
            String name = name(root, file);
            ModuleReader.read(file, name, media, problems).ifPresent(parsed -> {
                ModuleReader.Parsed earlier = modules.get(parsed.module().id());
                if (earlier != null) {
                    problems.add(
                            name,
                            2,
                            "Duplicate module id \"" + parsed.module().id() + "\" (also in " + earlier.file() + ").");
                } else {
                    modules.put(parsed.module().id(), parsed);
                    modulesByFile.put(file.getFileName().toString(), parsed);
                }
            });
        }
        checkLinks(modules, modulesByFile, problems);

        Map<String, QuizReader.Parsed> quizzes = new HashMap<>();
        for (Path file : files(dir.resolve("quizzes"), ".yaml")) {
            String name = name(root, file);
            QuizReader.read(file, name, media, problems).ifPresent(parsed -> {
                String module = parsed.quiz().moduleId();
                if (!modules.containsKey(module)) {
                    problems.add(
                            name,
                            parsed.moduleLine(),
                            "This quiz is for module \"" + module + "\", which does not exist.");
                } else if (quizzes.containsKey(module)) {
                    problems.add(
                            name,
                            parsed.moduleLine(),
                            "Duplicate quiz for module \"" + module + "\" (also in "
                                    + quizzes.get(module).file() + ").");
                } else {
                    quizzes.put(module, parsed);
                    checkSections(parsed, modules.get(module), problems);
                }
            });
        }
        List<CourseContent.Competence> competences = CompetenceReader.read(
                dir.resolve("competences.yaml"), name(root, dir.resolve("competences.yaml")), problems);
        List<CourseContent.Criterion> criteria = AccreditationReader.read(
                dir.resolve("accreditation.yaml"), name(root, dir.resolve("accreditation.yaml")), problems);
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        return CourseManifest.build(
                manifest.get(), modules, quizzes, quizFileNames(dir), competences, criteria, contentHash(dir));
    }

    private static void checkLinks(
            Map<String, ModuleReader.Parsed> modules, Map<String, ModuleReader.Parsed> byFile, Problems problems) {
        for (ModuleReader.Parsed module : modules.values()) {
            for (ModuleReader.LinkTarget link : module.links()) {
                ModuleReader.Parsed target = link.file().isEmpty() ? module : byFile.get(link.file());
                if (target == null) {
                    problems.add(
                            module.file(),
                            link.line(),
                            "The link to " + link.file() + " does not lead to a module of this course.");
                } else if (link.anchor() != null && !target.anchors().contains(link.anchor())) {
                    problems.add(
                            module.file(),
                            link.line(),
                            "The link to " + link.file() + "#" + link.anchor()
                                    + " names a section that does not exist.");
                }
            }
        }
    }

    /** Each question's "section" must name a heading of its module, so feedback can link to it. */
    private static void checkSections(QuizReader.Parsed quiz, ModuleReader.Parsed module, Problems problems) {
        for (QuizContent.Question question : quiz.quiz().questions()) {
            if (question.section() != null && !module.anchors().contains(question.section())) {
                problems.add(
                        quiz.file(),
                        quiz.questionLines().getOrDefault(question.id(), 0),
                        "Question \""
                                + question.id() + "\" links to section \"" + question.section()
                                + "\", which is not a heading of "
                                + module.file() + ".");
            }
        }
    }

    static Optional<YamlFile.Fields> readYaml(Path file, String name, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(name, 0, "The file is missing.");
            return Optional.empty();
        }
        try {
            return YamlFile.parse(Files.readString(file), name, 0, problems);
        } catch (IOException e) {
            problems.add(name, 0, "Cannot read the file as UTF-8 text.");
            return Optional.empty();
        }
    }

    /** Module ids that have a quiz file named after them, valid or not (its own problems are reported). */
    private static Set<String> quizFileNames(Path dir) {
        return files(dir.resolve("quizzes"), ".yaml").stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", ""))
                .collect(Collectors.toSet());
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path root, Path file) {
        Path base = root.toAbsolutePath().getParent() == null ? root.toAbsolutePath() : root.toAbsolutePath();
        return base.getFileName() + "/"
                + base.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    /** SHA-256 over every file of the course, in path order: the syllabus version's identity. */
    static String contentHash(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes());
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
