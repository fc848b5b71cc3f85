package org.attune.content;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The command-line content checker ({@code scripts/content-check [DIR]}): prints every problem as
 * {@code file:line: message} and exits 1 when there is any, 0 when the tree is clean. Warnings are printed as
 * {@code file:line: warning: message} and do not change the exit code.
 */
public final class ContentCheck {

    private ContentCheck() {}

    public static void main(String[] args) {
        System.exit(run(Path.of(args.length > 0 ? args[0] : "content"), System.out));
    }

    static int run(Path root, PrintStream out) {
        ContentReport report = ContentReader.read(root);
        report.problems().forEach(out::println);
        report.warnings().forEach(w -> out.println(w.file() + ":" + w.line() + ": warning: " + w.message()));
        if (report.clean()) {
            report.courses()
                    .forEach(c -> out.println(c.code() + " " + c.versionLabel() + ": "
                            + c.modules().size()
                            + " modules, "
                            + c.quizzes().stream()
                                    .mapToInt(q -> q.questions().size())
                                    .sum()
                            + " questions, " + c.competences().size() + " competences, "
                            + c.criteria().size()
                            + " accreditation criteria ("
                            + c.criteria().stream().filter(k -> !k.waivable()).count()
                            + " not waivable); content hash " + c.contentHash()
                            + (report.warnings().isEmpty()
                                    ? ""
                                    : "; " + report.warnings().size() + " warning(s)")));
            return 0;
        }
        out.println(report.problems().size() + " problem(s) found.");
        return 1;
    }
}
