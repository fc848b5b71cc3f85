package org.attune.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the competence framework: a list of competences, each with its two descriptors and its evidence method. */
final class CompetenceReader {

    private CompetenceReader() {}

    static List<CourseContent.Competence> read(Path file, String name, Problems problems) {
        List<CourseContent.Competence> competences = new ArrayList<>();
        ContentReader.readYaml(file, name, problems).ifPresent(f -> {
            Map<String, Integer> ids = new HashMap<>();
            for (YamlFile.Fields c : f.mappings("competences", true)) {
                String id = c.text("id");
                String title = c.text("title");
                String competent = c.text("competent");
                String notYet = c.text("notYetCompetent");
                String evidence = c.text("evidence");
                if (evidence != null && !CourseContent.Competence.EVIDENCE_METHODS.contains(evidence)) {
                    problems.add(
                            name,
                            c.lineOf("evidence"),
                            "Unknown evidence method \"" + evidence
                                    + "\" for competence \"" + id + "\"; use "
                                    + String.join(", ", CourseContent.Competence.EVIDENCE_METHODS) + ".");
                    evidence = null;
                }
                if (id != null && ids.containsKey(id)) {
                    problems.add(
                            name,
                            c.line(),
                            "Duplicate competence id \"" + id + "\" (also on line " + ids.get(id) + ").");
                } else if (id != null && title != null && competent != null && notYet != null && evidence != null) {
                    ids.put(id, c.line());
                    competences.add(new CourseContent.Competence(id, title, competent, notYet, evidence));
                }
            }
        });
        return List.copyOf(competences);
    }
}
