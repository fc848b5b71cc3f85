package org.attune.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks {@code course.yaml} against the modules and quizzes found, and builds the course. */
final class CourseManifest {

    private CourseManifest() {}

    static Optional<CourseContent> build(
            YamlFile.Fields f,
            Map<String, ModuleReader.Parsed> modules,
            Map<String, QuizReader.Parsed> quizzes,
            Set<String> quizFiles,
            List<CourseContent.Competence> competences,
            List<CourseContent.Criterion> criteria,
            String hash) {
        String code = f.text("code");
        String title = f.text("title");
        String description = f.text("description");
        String version = f.text("version");
        List<String> order = f.texts("modules");
        String refresher = f.optionalText("refresherModule");
        Integer validity = f.optionalInteger("certificateValidityMonths", 1, 120);
        YamlFile.Fields practicum = f.mapping("practicum");
        Integer sessions = practicum == null ? null : practicum.integer("sessions", 1, 100);
        Integer families = practicum == null ? null : practicum.integer("families", 1, 100);
        YamlFile.Fields renewal = f.mapping("renewal");
        Integer renewalMonths = renewal == null ? null : renewal.integer("practicumWithinMonths", 1, 120);
        YamlFile.Fields q = f.mapping("qualification");
        CourseContent.Qualification qualification = q == null ? null : qualification(q);

        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>(order);
        if (refresher != null) {
            all.add(refresher);
        }
        boolean ok = code != null
                && title != null
                && description != null
                && version != null
                && !order.isEmpty()
                && sessions != null
                && families != null
                && renewalMonths != null
                && qualification != null;
        for (String id : all) {
            if (!seen.add(id)) {
                f.problem(f.lineOf("modules"), "Module \"" + id + "\" is listed twice.");
                ok = false;
            } else if (!modules.containsKey(id)) {
                f.problem(
                        f.lineOf(id.equals(refresher) ? "refresherModule" : "modules"),
                        "Module \"" + id + "\" is listed but there is no module file with that id.");
                ok = false;
            } else if (!quizzes.containsKey(id)) {
                ok = false;
                if (quizFiles.contains(id)) {
                    continue; // the quiz file exists; its own problems are reported
                }
                f.problem(
                        f.lineOf(id.equals(refresher) ? "refresherModule" : "modules"),
                        "Module \"" + id + "\" has no quiz in quizzes/.");
                ok = false;
            }
        }
        for (ModuleReader.Parsed module : modules.values()) {
            if (!seen.contains(module.module().id())) {
                f.problem(
                        0,
                        "Module \"" + module.module().id() + "\" (" + module.file()
                                + ") is not in the module order of course.yaml.");
                ok = false;
            }
        }
        if (competences.isEmpty()) {
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new CourseContent(
                code,
                title,
                description,
                version,
                List.copyOf(order),
                refresher,
                validity == null ? 36 : validity,
                new CourseContent.Practicum(sessions, families),
                renewalMonths,
                qualification,
                all.stream().map(id -> modules.get(id).module()).toList(),
                all.stream().map(id -> quizzes.get(id).quiz()).toList(),
                competences,
                criteria,
                hash));
    }

    /** The {@code qualification} mapping: every field required, unknown fields reported at their line. */
    private static CourseContent.Qualification qualification(YamlFile.Fields q) {
        q.onlyFields("Field \"qualification\"", QUALIFICATION_FIELDS);
        String name = q.text("name");
        String entry = q.text("entryRequirement");
        String workshop = q.text("workshop");
        String observed = q.text("observedPractice");
        String certifies = q.text("certifies");
        List<String> notCertified = q.texts("doesNotCertify");
        if (name != null && name.toLowerCase(Locale.ROOT).contains("certified")) {
            q.problem(
                    q.lineOf("name"),
                    "The qualification's name names what the holder does, not that they are"
                            + " \"certified\": the certificate says that.");
            return null;
        }
        if (name == null
                || entry == null
                || workshop == null
                || observed == null
                || certifies == null
                || notCertified.isEmpty()) {
            return null;
        }
        return new CourseContent.Qualification(name, entry, workshop, observed, certifies, notCertified);
    }

    private static final List<String> QUALIFICATION_FIELDS =
            List.of("name", "entryRequirement", "workshop", "observedPractice", "certifies", "doesNotCertify");
}
