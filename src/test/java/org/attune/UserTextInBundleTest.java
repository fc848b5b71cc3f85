package org.attune;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence a person reads comes from the message bundle ({@code org/attune/i18n/messages_en_GB.properties}),
 * not from a Java string. The test reads {@code src/main/java} and lists string literals (those joined by {@code +}
 * count as one) that look like a sentence: a capital letter or a {@code {0}} first, at least three words, and a final
 * {@code . ! ?}, a {@code ": "} or a trailing space before an argument. Except where a person does not read them:
 * <ul>
 * <li>inside a log call ({@code LOG.info(...)}, {@code LOG.log(...)} and the like): logs are for operators;</li>
 * <li>inside an annotation: OpenAPI {@code @Operation}/{@code @Schema}/{@code @Tag} descriptions are API
 * documentation written for developers, in English, next to the code they describe (but a Bean Validation
 * constraint's {@code message} is read by whoever sent the request: it counts);</li>
 * <li>SQL and JPQL (a literal starting with a query keyword, or an argument of {@code createQuery} and its
 * kin);</li>
 * <li>the files and literals in {@link #ALLOWED}, each with the reason.</li>
 * </ul>
 */
class UserTextInBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * What may stay in Java, and why: a folder or file ({@code org/attune/demo/}), or one literal of a file
     * ({@code path|start of the literal}). Exceptions listed here guard an invariant or report an operator's or a
     * programmer's mistake: a page checks the input first or shows its own bundle text, so no person reads them.
     */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("org/attune/platform/rest/ApiDocs.java", "examples inside the OpenAPI documentation"),
            Map.entry(
                    "org/attune/content/",
                    "the content checker's file:line reports, written for content authors"
                            + " (CLI and build; the admin content page shows a rejected import's report verbatim as code)"),
            Map.entry("org/attune/account/cli/", "the operator's command line, run from a shell"),
            Map.entry(
                    "org/attune/demo/",
                    "demo records written into the database (observations, reflections,"
                            + " reasons): data the demo shows, like course content, not interface text"),
            Map.entry(
                    "org/attune/quiz/api/AttemptAnswerResource.java|Send the answer",
                    "Bean Validation message:"
                            + " resolved by the validator, not from our bundle (needs a MessageInterpolator; left for later)"),
            Map.entry("org/attune/quiz/api/AttemptAnswerResource.java|A question has at most", "Bean Validation"),
            Map.entry("org/attune/quiz/api/AttemptAnswerResource.java|The sequence number", "Bean Validation"),
            Map.entry("org/attune/account/Person.java|Not an e-mail address: ", "entity guard: forms check first"),
            Map.entry("org/attune/account/Person.java|A name has at most ", "entity guard: forms check first"),
            Map.entry("org/attune/certification/Certificate.java|A certificate expires after", "invariant"),
            Map.entry("org/attune/certification/Certificate.java|This certificate already has", "invariant"),
            Map.entry("org/attune/certification/Certificate.java|This certificate was issued before", "invariant"),
            Map.entry("org/attune/certification/CertificatePdf.java|The certificate PDF could not", "server fault"),
            Map.entry("org/attune/certification/CredentialSigner.java|No qualification is stated", "content fault"),
            Map.entry(
                    "org/attune/certification/PublicCertificates.java|At most 1,000 numbers",
                    "callers send" + " at most 1,000 at a time (VerificationService.verifyAll)"),
            Map.entry("org/attune/certification/SigningKeys.java|", "operator configuration of the signing keys"),
            Map.entry("org/attune/certification/StatusListSlots.java|", "status list bookkeeping"),
            Map.entry("org/attune/competence/ModerationSampling.java|", "operator configuration"),
            Map.entry(
                    "org/attune/organisation/Accreditation.java|An accreditation needs a validity",
                    "invariant:"
                            + " the decision's validity is checked first (AccreditationApplicationService.decide)"),
            Map.entry("org/attune/platform/cluster/ClusterLeases.java|", "programmer's mistake (unknown lease)"),
            Map.entry("org/attune/platform/migration/MigrationFailedException.java|", "start-up failure, logged"),
            Map.entry(
                    "org/attune/platform/upload/ImageMetadata.java|",
                    "internal: the upload check turns it into" + " upload.damagedImage"),
            Map.entry("org/attune/privacy/SubjectAccessExport.java|", "server fault"),
            Map.entry("org/attune/quiz/Accommodation.java|", "guard: the page offers only the allowed choices"),
            Map.entry("org/attune/quiz/web/QuestionPresenter.java|", "programmer's mistake (new question type)"));

    /** Bean Validation constraints: their {@code message} is read by the person who sent the request. */
    private static final Set<String> CONSTRAINTS = Set.of(
            "NotNull",
            "NotBlank",
            "NotEmpty",
            "Size",
            "Min",
            "Max",
            "Positive",
            "PositiveOrZero",
            "Negative",
            "NegativeOrZero",
            "Pattern",
            "Email",
            "Past",
            "Future",
            "PastOrPresent",
            "FutureOrPresent",
            "DecimalMin",
            "DecimalMax",
            "Digits",
            "AssertTrue",
            "AssertFalse");

    private static final Set<String> LOG_METHODS =
            Set.of("log", "logp", "severe", "warning", "info", "config", "fine", "finer", "finest");
    private static final Set<String> QUERY_METHODS = Set.of(
            "createQuery",
            "createNativeQuery",
            "createNamedQuery",
            "prepareStatement",
            "executeUpdate",
            "execute",
            "executeQuery");
    private static final Pattern SQL = Pattern.compile(
            "(?is)\\s*(select|update|insert|delete|replace|from|where|join|left|inner|and|or|order|group|set|values|"
                    + "create|alter|drop|with|on|limit|having|union)\\b.*");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final Pattern STARTS_WITH_CAPITAL = Pattern.compile("\\s*(?:[A-Z]|\\{\\d).*", Pattern.DOTALL);
    /** A key given to the bundle in Java: {@code Text.of("k"}, {@code Texts.get("k"}, a failure's {@code ("k"}. */
    private static final Pattern KEY_USE = Pattern.compile("(?:Text\\.of|Texts\\.get|Texts\\.english|new Failure\\."
            + "(?:NotFound|NotAllowed|Conflict)|new Failure\\.Invalid\\(\"[A-Za-z]+\",)\\s*\\(?\\s*\"([a-z][A-Za-z0-9]*(?:\\."
            + "[A-Za-z0-9]+)+)\"");

    private static final Path BUNDLE = Path.of("src/main/resources/org/attune/i18n/messages_en_GB.properties");

    @Test
    void sentencesThatPeopleReadComeFromTheBundle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.keySet().stream().anyMatch(a -> !a.contains("|") && relative.startsWith(a))) {
                    continue;
                }
                for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (looksLikeSentence(literal.text)
                            && !literal.exempt
                            && !ALLOWED.containsKey(relative)
                            && ALLOWED.keySet().stream()
                                    .noneMatch(a -> a.contains("|")
                                            && literal.text.startsWith(a.substring(a.indexOf('|') + 1))
                                            && relative.equals(a.substring(0, a.indexOf('|'))))) {
                        found.add(relative + ":" + literal.line + ": \"" + literal.text + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found, found.size() + " sentences in Java: move them to the message bundle");
    }

    @Test
    void everyKeyJavaNamesIsInTheBundleOnce() throws IOException {
        List<String> keys = Files.readAllLines(BUNDLE, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).strip())
                .toList();
        List<String> twice = keys.stream()
                .filter(k -> keys.indexOf(k) != keys.lastIndexOf(k))
                .distinct()
                .toList();
        assertEquals(List.of(), twice, "keys defined twice (the last one wins, silently)");
        Set<String> defined = Set.copyOf(keys);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!defined.contains(m.group(1))) {
                        missing.add(SOURCES.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "keys used in Java but not in the bundle");
    }

    @Test
    void theScanFindsASentenceAndSkipsLogsAnnotationsAndQueries() {
        String source = """
                class A {
                    @Operation(summary = "Verify one certificate by its number.")
                    void a() {
                        LOG.warning("Mail could not be sent: " + id);
                        em.createQuery("SELECT p FROM Person p WHERE p.email = :email");
                        String sql = "UPDATE person SET name = ? WHERE id = ?";
                        // "A comment is not a literal."
                        throw new IllegalStateException("No certificate has the number " + n + ".");
                    }
                }
                """;
        List<String> sentences = literals(source).stream()
                .filter(l -> !l.exempt && looksLikeSentence(l.text))
                .map(l -> l.text)
                .toList();
        assertEquals(List.of("No certificate has the number "), sentences);
    }

    static boolean looksLikeSentence(String text) {
        if (!STARTS_WITH_CAPITAL.matcher(text).matches() || SQL.matcher(text).matches()) {
            return false;
        }
        String trimmed = text.strip();
        if (!trimmed.contains(" ") || WORDS.matcher(trimmed).results().count() < 3) {
            return false;
        }
        return trimmed.endsWith(".")
                || trimmed.endsWith("!")
                || trimmed.endsWith("?")
                || text.contains(": ")
                || text.endsWith(" ");
    }

    record Literal(String text, int line, boolean exempt) {}

    /**
     * The string literals of a Java source, each marked exempt when inside a log call, annotation or query; literals
     * joined by {@code +} alone ({@code "A sentence that goes" + " on."}) count as one.
     */
    static List<Literal> literals(String source) {
        List<Literal> joined = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<Literal> each = literals(source, spans);
        for (int k = 0; k < each.size(); k++) {
            Literal literal = each.get(k);
            if (!joined.isEmpty()
                    && source.substring(spans.get(k - 1)[1], spans.get(k)[0])
                            .strip()
                            .equals("+")) {
                Literal before = joined.remove(joined.size() - 1);
                literal = new Literal(before.text + literal.text, before.line, before.exempt);
            }
            joined.add(literal);
        }
        return joined;
    }

    private static List<Literal> literals(String source, List<int[]> spans) {
        List<Literal> literals = new ArrayList<>();
        Deque<String> openers = new ArrayDeque<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                String text = source.substring(i + 3, end);
                literals.add(new Literal(text.strip(), line, exempt(openers)));
                spans.add(new int[] {i, end + 3});
                line += count(source, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        char escaped = source.charAt(j + 1);
                        text.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    literals.add(new Literal(text.toString(), line, exempt(openers)));
                    spans.add(new int[] {i, j + 1});
                }
                i = j + 1;
            } else if (c == '(') {
                openers.push(opener(source, i));
                i++;
            } else if (c == ')') {
                if (!openers.isEmpty()) {
                    openers.pop();
                }
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static boolean exempt(Deque<String> openers) {
        for (String opener : openers) {
            if (opener.startsWith("@")) {
                return !CONSTRAINTS.contains(opener.substring(1));
            }
            String method = opener.substring(opener.lastIndexOf('.') + 1);
            boolean onLogger =
                    opener.matches("(?i)(log|logger)\\.[a-z]+") || opener.equals("log") || opener.equals("logp");
            if (onLogger && LOG_METHODS.contains(method) || QUERY_METHODS.contains(method)) {
                return true;
            }
        }
        return false;
    }

    /** The name before an opening parenthesis: {@code LOG.info}, {@code @Operation}, {@code createQuery}. */
    private static String opener(String source, int paren) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0
                && (Character.isJavaIdentifierPart(source.charAt(start - 1)) || source.charAt(start - 1) == '.')) {
            start--;
        }
        String name = source.substring(start, end);
        int at = start;
        while (at > 0 && Character.isWhitespace(source.charAt(at - 1))) {
            at--;
        }
        return at > 0 && source.charAt(at - 1) == '@' ? "@" + name : name;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < source.length(); k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
