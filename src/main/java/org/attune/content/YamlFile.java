package org.attune.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML read as a tree of nodes that keep their line numbers, so every problem can name its line. Reading never
 * throws: malformed YAML, a missing field or a value of the wrong kind is recorded in {@link Problems}.
 */
final class YamlFile {

    private final String file;
    private final int lineOffset;
    private final Problems problems;

    private YamlFile(String file, int lineOffset, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /**
     * Parses YAML text; empty when it is malformed (recorded) or not a mapping.
     *
     * @param lineOffset lines before the text in its file (front matter starts after the first "---")
     */
    static Optional<Fields> parse(String text, String file, int lineOffset, Problems problems) {
        YamlFile yaml = new YamlFile(file, lineOffset, problems);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(file, lineOffset + 1, "The file is empty.");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(file, yaml.line(root), "Expected a mapping of fields (key: value) at the top.");
                return Optional.empty();
            }
            return Optional.of(yaml.fields(mapping));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : lineOffset + 1;
            problems.add(file, line, "Malformed YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, lineOffset + 1, "Malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    Fields fields(MappingNode mapping) {
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (values.containsKey(key.getValue())) {
                    problems.add(
                            file,
                            line(key),
                            "Duplicate field \"" + key.getValue() + "\" (also on line " + keyLines.get(key.getValue())
                                    + ").");
                }
                values.put(key.getValue(), tuple.getValueNode());
                keyLines.put(key.getValue(), line(key));
            }
        }
        return new Fields(
                this, values, keyLines, line(mapping), mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW);
    }

    /** The fields of one YAML mapping, read with type checks that record problems instead of throwing. */
    static final class Fields {

        private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

        private final YamlFile yaml;
        private final Map<String, Node> values;
        private final Map<String, Integer> keyLines;
        private final int line;
        private final boolean flow;

        private Fields(YamlFile yaml, Map<String, Node> values, Map<String, Integer> keyLines, int line, boolean flow) {
            this.yaml = yaml;
            this.values = values;
            this.keyLines = keyLines;
            this.line = line;
            this.flow = flow;
        }

        int line() {
            return line;
        }

        String file() {
            return yaml.file;
        }

        void problem(int atLine, String message) {
            yaml.problems.add(yaml.file, atLine, message);
        }

        /** Records something an author should look at that does not stop the tree from importing. */
        void warning(int atLine, String message) {
            yaml.problems.warn(yaml.file, atLine, message);
        }

        /**
         * Records every field not in {@code known}, at its line. In a flow mapping ({@code { id: a, text: ... }}) an
         * unquoted comma ends the text and YAML reads the rest as one more field, so the text is silently cut.
         *
         * @param what names the mapping at the start of the message, e.g. {@code Option "a"}
         */
        void onlyFields(String what, List<String> known) {
            keyLines.forEach((key, keyLine) -> {
                if (!known.contains(key)) {
                    problem(
                            keyLine,
                            what + " has unknown field \"" + key + "\""
                                    + (flow
                                            ? ": text that contains a comma must be in double quotes, e.g. \"Pause, then wait\"."
                                            : "; use " + String.join(", ", known) + "."));
                }
            });
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        /** The line of the key itself (where a block list's value starts on the next line), or the mapping's. */
        int keyLine(String key) {
            return keyLines.getOrDefault(key, line);
        }

        int lineOf(String key) {
            Node node = values.get(key);
            return node == null ? line : yaml.line(node);
        }

        /**
         * The entry's {@code id}: required, lower-case words joined by dashes, unique among the ids in {@code seen}
         * (else null, recorded); {@code what} names the entry in the problem ("criterion", "statement"...).
         */
        String uniqueId(String what, Map<String, Integer> seen) {
            String id = text("id");
            if (id == null) {
                return null;
            }
            if (!ID.matcher(id).matches()) {
                problem(lineOf("id"), "The " + what + " id \"" + id + "\" must be lower-case words joined by dashes.");
                return null;
            }
            if (seen.containsKey(id)) {
                problem(lineOf("id"), "Duplicate " + what + " id \"" + id + "\" (also on line " + seen.get(id) + ").");
                return null;
            }
            seen.put(id, lineOf("id"));
            return id;
        }

        /** A required non-empty text, or null (recorded). */
        String text(String key) {
            String value = optionalText(key);
            if (value == null && !values.containsKey(key)) {
                problem(line, "Missing required field \"" + key + "\".");
            } else if (value != null && value.isBlank()) {
                problem(lineOf(key), "Field \"" + key + "\" must not be empty.");
                return null;
            }
            return value;
        }

        String optionalText(String key) {
            Node node = values.get(key);
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue().strip();
            }
            problem(yaml.line(node), "Field \"" + key + "\" must be a single value.");
            return null;
        }

        /** A required whole number within [min, max], or null (recorded). */
        Integer integer(String key, int min, int max) {
            if (!values.containsKey(key)) {
                problem(line, "Missing required field \"" + key + "\".");
                return null;
            }
            return optionalInteger(key, min, max);
        }

        Integer optionalInteger(String key, int min, int max) {
            String value = optionalText(key);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    problem(
                            lineOf(key),
                            "Field \"" + key + "\" must be between " + min + " and " + max + ", not " + number + ".");
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                problem(lineOf(key), "Field \"" + key + "\" must be a whole number, not \"" + value + "\".");
                return null;
            }
        }

        Boolean optionalBoolean(String key) {
            String value = optionalText(key);
            if (value == null) {
                return null;
            }
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
            }
            problem(lineOf(key), "Field \"" + key + "\" must be true or false, not \"" + value + "\".");
            return null;
        }

        /** A required non-empty list of texts, or an empty list (recorded). */
        List<String> texts(String key) {
            List<String> result = new ArrayList<>();
            for (Node node : sequence(key, true)) {
                if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    result.add(scalar.getValue().strip());
                } else {
                    problem(yaml.line(node), "Each entry of \"" + key + "\" must be a non-empty text.");
                }
            }
            return result;
        }

        /** The entries of a required non-empty list, of whatever kind (recorded when missing or not a list). */
        List<Node> entries(String key) {
            return sequence(key, true);
        }

        /** The fields of a mapping found inside this one (an entry of a list). */
        Fields fieldsOf(MappingNode mapping) {
            return yaml.fields(mapping);
        }

        /** A list of mappings; problems recorded for entries that are not mappings. */
        List<Fields> mappings(String key, boolean required) {
            List<Fields> result = new ArrayList<>();
            for (Node node : sequence(key, required)) {
                if (node instanceof MappingNode mapping) {
                    result.add(yaml.fields(mapping));
                } else {
                    problem(yaml.line(node), "Each entry of \"" + key + "\" must be a mapping of fields.");
                }
            }
            return result;
        }

        Fields mapping(String key) {
            Node node = values.get(key);
            if (node == null) {
                problem(line, "Missing required field \"" + key + "\".");
                return null;
            }
            if (node instanceof MappingNode mapping) {
                return yaml.fields(mapping);
            }
            problem(yaml.line(node), "Field \"" + key + "\" must be a mapping of fields.");
            return null;
        }

        /** The raw node, for values that may take several shapes (answer keys). */
        Node node(String key) {
            return values.get(key);
        }

        int lineOf(Node node) {
            return yaml.line(node);
        }

        private List<Node> sequence(String key, boolean required) {
            Node node = values.get(key);
            if (node == null) {
                if (required) {
                    problem(line, "Missing required field \"" + key + "\".");
                }
                return List.of();
            }
            if (node instanceof SequenceNode sequence) {
                if (sequence.getValue().isEmpty() && required) {
                    problem(yaml.line(node), "Field \"" + key + "\" must not be an empty list.");
                }
                return sequence.getValue();
            }
            problem(yaml.line(node), "Field \"" + key + "\" must be a list.");
            return List.of();
        }
    }
}
