package org.attune.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.content.QuizContent.Option;
import org.attune.content.QuizContent.Pair;
import org.attune.content.QuizContent.Question;
import org.attune.content.QuizContent.Type;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a module's quiz and checks every question's answer key against its options. */
final class QuizReader {

    private static final List<String> QUIZ_FIELDS = List.of(
            "module",
            "draw",
            "passMark",
            "attempts",
            "coolDownMinutes",
            "timeLimitMinutes",
            "shuffleOptions",
            "scoring",
            "questions");
    private static final List<String> QUESTION_FIELDS = List.of(
            "id",
            "type",
            "text",
            "options",
            "answer",
            "pairs",
            "items",
            "vignette",
            "image",
            "imageAlt",
            "question",
            "explanation",
            "section");
    private static final List<String> FOLLOW_UP_FIELDS =
            List.of("type", "text", "options", "answer", "pairs", "items", "explanation", "section");
    private static final List<String> OPTION_FIELDS = List.of("id", "text", "feedback");
    /** A bank whose keyed option is the longest in more than this share of its single-choice questions is warned. */
    static final double LONGEST_KEY_LIMIT = 0.35;

    private static final List<String> PAIR_FIELDS = List.of("prompt", "match");

    private QuizReader() {}

    record Parsed(QuizContent quiz, String file, int moduleLine, Map<String, Integer> questionLines) {}

    static Optional<Parsed> read(Path path, String name, Path mediaDir, Problems problems) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            problems.add(name, 0, "Cannot read the file as UTF-8 text.");
            return Optional.empty();
        }
        Optional<YamlFile.Fields> parsed = YamlFile.parse(text, name, 0, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields f = parsed.get();
        f.onlyFields("The quiz", QUIZ_FIELDS);
        String module = f.text("module");
        Integer draw = f.integer("draw", 1, 1000);
        Integer passMark = f.integer("passMark", 0, 100);
        Integer attempts = f.integer("attempts", 1, 100);
        Integer coolDown = f.integer("coolDownMinutes", 0, 60 * 24 * 30);
        Integer timeLimit = f.optionalInteger("timeLimitMinutes", 1, 600);
        Boolean shuffle = f.optionalBoolean("shuffleOptions");
        String scoring = f.optionalText("scoring");
        if (scoring != null && !scoring.equals("all-or-nothing") && !scoring.equals("partial")) {
            problems.add(name, f.lineOf("scoring"), "Field \"scoring\" must be all-or-nothing or partial.");
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<YamlFile.Fields> entries = f.mappings("questions", true);
        for (YamlFile.Fields q : entries) {
            Question question = question(q, mediaDir, problems, false, null);
            if (question != null) {
                if (ids.containsKey(question.id())) {
                    problems.add(
                            name,
                            q.line(),
                            "Duplicate question id \"" + question.id() + "\" (also on line " + ids.get(question.id())
                                    + ").");
                } else {
                    ids.put(question.id(), q.line());
                    questions.add(question);
                }
            }
        }
        warnOfLongestKeys(f, questions);
        if (draw != null && !entries.isEmpty() && draw > entries.size()) {
            problems.add(
                    name,
                    f.lineOf("draw"),
                    "The quiz draws " + draw + " questions but its bank holds only " + entries.size() + ".");
            return Optional.empty();
        }
        if (questions.size() != entries.size()) {
            return Optional.empty();
        }
        if (module == null || draw == null || passMark == null || attempts == null || coolDown == null) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(
                new QuizContent(
                        module,
                        draw,
                        passMark,
                        attempts,
                        coolDown,
                        timeLimit,
                        shuffle == null || shuffle,
                        "partial".equals(scoring),
                        List.copyOf(questions)),
                name,
                f.lineOf("module"),
                Map.copyOf(ids)));
    }

    /** @param scenarioId for a scenario's question, the scenario's id, which messages about the question name */
    private static Question question(
            YamlFile.Fields q, Path mediaDir, Problems problems, boolean followUp, String scenarioId) {
        String id = followUp ? "follow-up" : q.text("id");
        q.onlyFields(
                followUp ? "The follow-up question" : id == null ? "A question" : "Question \"" + id + "\"",
                followUp ? FOLLOW_UP_FIELDS : QUESTION_FIELDS);
        String typeName = q.text("type");
        Type type = Type.parse(typeName);
        if (typeName != null && type == null) {
            q.problem(
                    q.lineOf("type"),
                    "Unknown question type \"" + typeName
                            + "\": use single, multiple, true-false, matching, ordering or scenario.");
        }
        if (type == Type.SCENARIO) {
            return scenario(q, id, mediaDir, problems, followUp);
        }
        String text = q.text("text");
        String explanation = followUp ? q.optionalText("explanation") : q.text("explanation");
        String section = q.optionalText("section");
        if (type == null || id == null || text == null || (!followUp && explanation == null)) {
            return null;
        }
        return switch (type) {
            case SINGLE, MULTIPLE ->
                choice(q, id, scenarioId == null ? id : scenarioId, type, text, explanation, section);
            case TRUE_FALSE -> trueFalse(q, id, text, explanation, section);
            case MATCHING -> matching(q, id, text, explanation, section);
            case ORDERING -> ordering(q, id, text, explanation, section);
            case SCENARIO -> null;
        };
    }

    private static Question scenario(YamlFile.Fields q, String id, Path mediaDir, Problems problems, boolean followUp) {
        if (followUp) {
            q.problem(q.line(), "A scenario cannot follow a scenario.");
            return null;
        }
        String vignette = q.text("vignette");
        String explanation = q.text("explanation");
        String image = q.optionalText("image");
        String alt = q.optionalText("imageAlt");
        if (image != null) {
            if (alt == null || alt.isBlank()) {
                q.problem(q.lineOf("image"), "The image " + image + " needs alternative text in \"imageAlt\".");
            }
            Path file = mediaDir.getParent().resolve(image).normalize();
            if (!file.startsWith(mediaDir) || !Files.isRegularFile(file)) {
                q.problem(q.lineOf("image"), "The image " + image + " is not in the media folder.");
            }
        }
        YamlFile.Fields inner = q.mapping("question");
        Question followUpQuestion = inner == null ? null : question(inner, mediaDir, problems, true, id);
        if (id == null || vignette == null || explanation == null || followUpQuestion == null) {
            return null;
        }
        return new Question(
                id,
                Type.SCENARIO,
                followUpQuestion.text(),
                List.of(),
                Set.of(),
                null,
                List.of(),
                List.of(),
                explanation,
                q.optionalText("section"),
                vignette,
                image,
                alt,
                followUpQuestion);
    }

    private static Question choice(
            YamlFile.Fields q, String id, String named, Type type, String text, String explanation, String section) {
        List<Option> options = new ArrayList<>();
        Set<String> optionIds = new LinkedHashSet<>();
        Map<String, String> texts = new HashMap<>();
        List<String> withoutFeedback = new ArrayList<>();
        for (YamlFile.Fields o : q.mappings("options", true)) {
            String optionId = o.text("id");
            String optionText = o.text("text");
            String feedback = o.optionalText("feedback");
            o.onlyFields(optionId == null ? "An option" : "Option \"" + optionId + "\"", OPTION_FIELDS);
            if (feedback != null && feedback.isBlank()) {
                o.problem(o.lineOf("feedback"), "Field \"feedback\" must not be empty: leave it out or say why.");
                feedback = null;
            }
            if (optionId != null && !optionIds.add(optionId)) {
                o.problem(o.line(), "Duplicate option id \"" + optionId + "\".");
            } else if (optionId != null && optionText != null) {
                String earlier = texts.putIfAbsent(sameText(optionText), optionId);
                if (earlier != null) {
                    // Two choices a trainee cannot tell apart cannot be graded fairly: a problem, not a warning.
                    o.problem(
                            o.lineOf("text"),
                            "Options \"" + earlier + "\" and \"" + optionId + "\" of question \"" + named
                                    + "\" have the same text.");
                }
                options.add(new Option(optionId, optionText, feedback));
                if (feedback == null) {
                    withoutFeedback.add(optionId);
                }
            }
        }
        if (options.size() < 2) {
            q.problem(q.lineOf("options"), "Question \"" + id + "\" needs at least two options.");
            return null;
        }
        if (withoutFeedback.size() == options.size()) {
            q.warning(
                    q.lineOf("options"),
                    "No option of question \"" + named + "\" has feedback: say in each option's"
                            + " \"feedback\" why it is right or wrong.");
        } else if (!withoutFeedback.isEmpty()) {
            q.warning(
                    q.lineOf("options"),
                    "Option(s) " + String.join(", ", withoutFeedback) + " of question \"" + named
                            + "\" have no feedback: say why each is right or wrong.");
        }
        Set<String> correct = answerIds(q, named, optionIds);
        if (correct.isEmpty()) {
            return null;
        }
        if (type == Type.SINGLE && correct.size() != 1) {
            q.problem(
                    q.lineOf("answer"),
                    "Question \"" + named + "\" is single choice but its answer names " + correct.size() + " options.");
            return null;
        }
        return new Question(
                id,
                type,
                text,
                List.copyOf(options),
                Set.copyOf(correct),
                null,
                List.of(),
                List.of(),
                explanation,
                section,
                null,
                null,
                null,
                null);
    }

    /** Option texts a reader cannot tell apart: the same words, whatever the case and spacing. */
    private static String sameText(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Warns when the keyed option is, strictly, the longest of its question in more than {@link #LONGEST_KEY_LIMIT}
     * of the bank's single-choice questions (a scenario counts when its question is single choice): a trainee who
     * picks the longest option then passes without understanding.
     */
    private static void warnOfLongestKeys(YamlFile.Fields quiz, List<Question> questions) {
        List<String> longest = new ArrayList<>();
        int singles = 0;
        for (Question question : questions) {
            Question asked = question.followUp() == null ? question : question.followUp();
            if (asked.type() != Type.SINGLE) {
                continue;
            }
            singles++;
            Option key = asked.options().stream()
                    .filter(o -> asked.correctOptions().contains(o.id()))
                    .findFirst()
                    .orElseThrow();
            if (asked.options().stream()
                    .allMatch(o -> o == key || o.text().length() < key.text().length())) {
                longest.add(question.id());
            }
        }
        if (singles > 0 && longest.size() > LONGEST_KEY_LIMIT * singles) {
            quiz.warning(
                    quiz.keyLine("questions"),
                    "The keyed option is the longest in " + longest.size() + " of "
                            + singles + " single-choice questions (" + Math.round(100.0 * longest.size() / singles)
                            + "%; at most " + Math.round(LONGEST_KEY_LIMIT * 100) + "% is advised): "
                            + String.join(", ", longest) + ". A trainee who picks the longest option should not pass.");
        }
    }

    private static Set<String> answerIds(YamlFile.Fields q, String id, Set<String> optionIds) {
        Node answer = q.node("answer");
        List<String> named = new ArrayList<>();
        if (answer instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            named.add(scalar.getValue().strip());
        } else if (answer instanceof SequenceNode sequence) {
            for (Node node : sequence.getValue()) {
                if (node instanceof ScalarNode scalar) {
                    named.add(scalar.getValue().strip());
                }
            }
        }
        if (named.isEmpty()) {
            q.problem(
                    answer == null ? q.line() : q.lineOf(answer),
                    "Question \"" + id
                            + "\" has no correct answer: set \"answer\" to the id of the correct option(s).");
            return Set.of();
        }
        Set<String> correct = new LinkedHashSet<>();
        for (String option : named) {
            if (!optionIds.contains(option)) {
                q.problem(
                        q.lineOf(answer),
                        "The answer of question \"" + id + "\" names option \"" + option + "\", which does not exist.");
                return Set.of();
            }
            correct.add(option);
        }
        return correct;
    }

    private static Question trueFalse(YamlFile.Fields q, String id, String text, String explanation, String section) {
        if (!q.has("answer")) {
            q.problem(q.line(), "Question \"" + id + "\" has no correct answer: set \"answer\" to true or false.");
            return null;
        }
        Boolean answer = q.optionalBoolean("answer");
        if (answer == null) {
            return null;
        }
        return new Question(
                id,
                Type.TRUE_FALSE,
                text,
                List.of(),
                Set.of(),
                answer,
                List.of(),
                List.of(),
                explanation,
                section,
                null,
                null,
                null,
                null);
    }

    private static Question matching(YamlFile.Fields q, String id, String text, String explanation, String section) {
        List<Pair> pairs = new ArrayList<>();
        for (YamlFile.Fields p : q.mappings("pairs", true)) {
            String prompt = p.text("prompt");
            String match = p.text("match");
            p.onlyFields("A pair", PAIR_FIELDS);
            if (prompt != null && match != null) {
                pairs.add(new Pair(prompt, match));
            }
        }
        if (pairs.size() < 2) {
            q.problem(q.lineOf("pairs"), "Matching question \"" + id + "\" needs at least two pairs.");
            return null;
        }
        if (pairs.stream().map(Pair::match).distinct().count() != pairs.size()) {
            q.problem(q.lineOf("pairs"), "Matching question \"" + id + "\" has two pairs with the same match.");
            return null;
        }
        return new Question(
                id,
                Type.MATCHING,
                text,
                List.of(),
                Set.of(),
                null,
                List.copyOf(pairs),
                List.of(),
                explanation,
                section,
                null,
                null,
                null,
                null);
    }

    private static Question ordering(YamlFile.Fields q, String id, String text, String explanation, String section) {
        List<String> items = q.texts("items");
        if (items.size() < 2) {
            q.problem(q.lineOf("items"), "Ordering question \"" + id + "\" needs at least two items.");
            return null;
        }
        if (items.stream().distinct().count() != items.size()) {
            q.problem(q.lineOf("items"), "Ordering question \"" + id + "\" lists an item twice.");
            return null;
        }
        return new Question(
                id,
                Type.ORDERING,
                text,
                List.of(),
                Set.of(),
                null,
                List.of(),
                List.copyOf(items),
                explanation,
                section,
                null,
                null,
                null,
                null);
    }
}
