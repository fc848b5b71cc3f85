package org.attune.account.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line's answers that need no database: usage and a missing database setting. */
class AdminCommandTest {

    private record Result(int code, String out, String err) {}

    private static Result run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AdminCommand.run(
                List.of(args),
                environment,
                Clock.systemUTC(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownCommandOrMissingEmailPrintsUsageAndExitsWith2() {
        for (String[] args : List.of(
                new String[0],
                new String[] {"create-user", "a@example.org"},
                new String[] {"create-admin"},
                new String[] {"create-admin", "a@example.org", "--name"},
                new String[] {"create-admin", "a@example.org", "b@example.org"})) {
            Result result = run(Map.of("ATTUNE_DB_URL", "jdbc:mysql://127.0.0.1:1/attune"), args);
            assertEquals(2, result.code(), List.of(args).toString());
            assertEquals("", result.out());
            assertTrue(result.err().startsWith("Usage: attune-admin create-admin EMAIL"), result.err());
        }
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        Result result = run(Map.of(), "--help");
        assertEquals(0, result.code());
        assertTrue(result.out().startsWith("Usage: attune-admin create-admin EMAIL"), result.out());
    }

    @Test
    void withoutADatabaseUrlItSaysWhichVariablesToSet() {
        Result result = run(Map.of("ATTUNE_DB_URL", " "), "create-admin", "admin@example.org");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("ATTUNE_DB_URL is not set"), result.err());
        assertEquals(1, result.err().strip().lines().count());
    }

    @Test
    void everyMessageIsOneLineFromTheBundle() {
        for (String key : List.of(
                "usage",
                "created",
                "link",
                "refused.noDatabase",
                "refused.malformedEmail",
                "refused.name",
                "refused.administratorExists",
                "refused.emailTaken",
                "refused.notMigrated",
                "refused.busy",
                "refused.unreachable",
                "refused.databaseError")) {
            String text = AdminCommand.text("adminCommand." + key, "x", "y");
            assertTrue(!text.isBlank() && text.lines().count() == 1 && !text.contains("{"), key + ": " + text);
        }
    }
}
