package org.attune.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code accreditation.yaml}: the accreditation criteria, each with whether "accredited with conditions" may
 * leave it unmet ({@code waivable}, required, true or false) and the evidence documents it requires (at least one).
 */
final class AccreditationReader {

    private static final List<String> CRITERION_FIELDS = List.of("id", "title", "required", "waivable", "documents");
    private static final List<String> DOCUMENT_FIELDS = List.of("id", "title");

    private AccreditationReader() {}

    static List<CourseContent.Criterion> read(Path file, String name, Problems problems) {
        List<CourseContent.Criterion> criteria = new ArrayList<>();
        ContentReader.readYaml(file, name, problems).ifPresent(f -> {
            f.onlyFields("accreditation.yaml", List.of("criteria"));
            Map<String, Integer> criterionIds = new HashMap<>();
            Map<String, Integer> documentIds = new HashMap<>();
            for (YamlFile.Fields c : f.mappings("criteria", true)) {
                String id = c.uniqueId("criterion", criterionIds);
                c.onlyFields("Criterion \"" + id + "\"", CRITERION_FIELDS);
                String title = c.text("title");
                String required = c.text("required");
                Boolean waivable = null;
                if (!c.has("waivable")) {
                    c.problem(
                            c.line(),
                            "Criterion \"" + id + "\" must say whether it is waivable: add"
                                    + " \"waivable: true\" or \"waivable: false\".");
                } else {
                    waivable = c.optionalBoolean("waivable");
                }
                List<CourseContent.Document> documents = documents(c, id, documentIds);
                if (id != null && title != null && required != null && waivable != null && !documents.isEmpty()) {
                    criteria.add(new CourseContent.Criterion(id, title, required, waivable, documents));
                }
            }
        });
        return List.copyOf(criteria);
    }

    private static List<CourseContent.Document> documents(
            YamlFile.Fields criterion, String criterionId, Map<String, Integer> ids) {
        List<CourseContent.Document> documents = new ArrayList<>();
        if (!criterion.has("documents")) {
            criterion.problem(
                    criterion.line(),
                    "Criterion \"" + criterionId + "\" must name at least one evidence"
                            + " document under \"documents\".");
            return documents;
        }
        boolean complete = true;
        for (Node node : criterion.entries("documents")) {
            if (!(node instanceof MappingNode mapping)) {
                criterion.problem(
                        criterion.lineOf(node),
                        "Each document of criterion \"" + criterionId + "\" must be a mapping with an id and a title.");
                complete = false;
                continue;
            }
            YamlFile.Fields d = criterion.fieldsOf(mapping);
            String id = d.uniqueId("document", ids);
            d.onlyFields("Document \"" + id + "\"", DOCUMENT_FIELDS);
            String title = d.text("title");
            if (title != null && title.contains("\t")) {
                d.problem(d.lineOf("title"), "The title of document \"" + id + "\" must not contain a tab.");
                title = null;
            }
            if (id == null || title == null) {
                complete = false;
            } else {
                documents.add(new CourseContent.Document(id, title));
            }
        }
        return complete ? documents : List.of();
    }
}
