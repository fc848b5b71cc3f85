package org.attune.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads and checks {@code feedback.yaml} at the root of the content tree: a version, a scale of two to six answers
 * (at least one positive), six to eight statements with unique ids, each naming known competences, and every text
 * (answers, statements, the page's texts) in English and Welsh. The file is optional: a tree without it has no
 * parents' feedback form.
 */
public final class ParentFeedbackReader {

    /** The file's name at the root of the content tree. */
    public static final String FILE = "feedback.yaml";

    static final int MIN_ITEMS = 6;
    static final int MAX_ITEMS = 8;

    /** The form if the file is there and valid, and every problem found. */
    public record Result(Optional<ParentFeedbackForm> form, List<ContentProblem> problems) {}

    private ParentFeedbackReader() {}

    /** Reads {@code root/feedback.yaml} against the competences of every course under {@code root}. */
    public static Result read(Path root) {
        Problems problems = new Problems();
        Optional<ParentFeedbackForm> form = check(root, problems);
        return new Result(problems.sorted().isEmpty() ? form : Optional.empty(), problems.sorted());
    }

    /** Records the file's problems; empty when the file is absent. */
    static Optional<ParentFeedbackForm> check(Path root, Problems problems) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = root.toAbsolutePath().getFileName() + "/" + FILE;
        return ContentReader.readYaml(file, name, problems).flatMap(f -> parse(f, competenceIds(root)));
    }

    /** Parses an already-read file against the known competence ids. */
    static Optional<ParentFeedbackForm> parse(YamlFile.Fields f, Set<String> competences) {
        f.onlyFields("feedback.yaml", List.of("version", "scale", "items", "page"));
        Integer version = f.integer("version", 1, 1_000_000);
        boolean complete = version != null;
        List<ParentFeedbackForm.Option> scale = new ArrayList<>();
        Map<String, Integer> optionIds = new HashMap<>();
        for (YamlFile.Fields o : f.mappings("scale", true)) {
            o.onlyFields("Answer", List.of("id", "en", "cy", "positive", "counted"));
            String id = o.uniqueId("answer", optionIds);
            ParentFeedbackForm.Text label = text(o, "Answer \"" + id + "\"");
            Boolean positive = o.optionalBoolean("positive");
            if (!o.has("positive")) {
                o.problem(
                        o.line(),
                        "Answer \"" + id + "\" must say whether it is positive: add \"positive: true\""
                                + " or \"positive: false\".");
            }
            Boolean counted = o.has("counted") ? o.optionalBoolean("counted") : Boolean.TRUE;
            if (id == null || label == null || positive == null || counted == null) {
                complete = false;
            } else {
                scale.add(new ParentFeedbackForm.Option(id, label, positive, counted));
            }
        }
        if (f.has("scale") && (scale.size() < 2 || scale.size() > 6) && complete) {
            f.problem(f.keyLine("scale"), "The scale must have between 2 and 6 answers, not " + scale.size() + ".");
            complete = false;
        }
        if (complete && scale.stream().noneMatch(ParentFeedbackForm.Option::positive)) {
            f.problem(f.keyLine("scale"), "At least one answer of the scale must be positive.");
            complete = false;
        }
        List<ParentFeedbackForm.Item> items = new ArrayList<>();
        Map<String, Integer> itemIds = new HashMap<>();
        List<YamlFile.Fields> itemFields = f.mappings("items", true);
        for (YamlFile.Fields i : itemFields) {
            i.onlyFields("Statement", List.of("id", "competences", "en", "cy"));
            String id = i.uniqueId("statement", itemIds);
            ParentFeedbackForm.Text statement = text(i, "Statement \"" + id + "\"");
            List<String> named = i.texts("competences");
            boolean known = !named.isEmpty();
            for (String competence : named) {
                if (!competences.contains(competence)) {
                    i.problem(
                            i.lineOf("competences"),
                            "Statement \"" + id + "\" names unknown competence \"" + competence
                                    + "\"; use an id of competences.yaml.");
                    known = false;
                }
            }
            if (id == null || statement == null || !known) {
                complete = false;
            } else {
                items.add(new ParentFeedbackForm.Item(id, statement, named));
            }
        }
        if (f.has("items") && (itemFields.size() < MIN_ITEMS || itemFields.size() > MAX_ITEMS)) {
            f.problem(
                    f.keyLine("items"),
                    "The form must have between " + MIN_ITEMS + " and " + MAX_ITEMS + " statements, not "
                            + itemFields.size() + ".");
            complete = false;
        }
        Map<String, ParentFeedbackForm.Text> page = new LinkedHashMap<>();
        YamlFile.Fields p = f.mapping("page");
        if (p == null) {
            complete = false;
        } else {
            p.onlyFields("page", ParentFeedbackForm.PAGE_KEYS);
            for (String key : ParentFeedbackForm.PAGE_KEYS) {
                YamlFile.Fields t = p.has(key) ? p.mapping(key) : null;
                if (!p.has(key)) {
                    p.problem(p.line(), "The page text \"" + key + "\" is missing.");
                }
                ParentFeedbackForm.Text text = t == null ? null : text(t, "Page text \"" + key + "\"");
                if (text == null) {
                    complete = false;
                } else {
                    page.put(key, text);
                }
            }
        }
        return complete ? Optional.of(new ParentFeedbackForm(version, scale, items, page)) : Optional.empty();
    }

    /** The English and Welsh of a mapping, or null (each missing language recorded by name). */
    private static ParentFeedbackForm.Text text(YamlFile.Fields fields, String what) {
        String en = language(fields, what, "en", "English");
        String cy = language(fields, what, "cy", "Welsh");
        return en == null || cy == null ? null : new ParentFeedbackForm.Text(en, cy);
    }

    private static String language(YamlFile.Fields fields, String what, String key, String language) {
        if (!fields.has(key)) {
            fields.problem(fields.line(), what + " has no " + language + " text (\"" + key + "\").");
            return null;
        }
        return fields.text(key);
    }

    /** The competence ids of every course's framework (problems there are the course's to report). */
    private static Set<String> competenceIds(Path root) {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("competences.yaml")))
                    .toList()) {
                CompetenceReader.read(dir.resolve("competences.yaml"), "competences.yaml", new Problems())
                        .forEach(c -> ids.add(c.id()));
            }
        } catch (IOException e) {
            return ids;
        }
        return ids;
    }
}
