package org.attune.account.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code scripts/attune-admin}: the operator's commands for a production database. One command so far:
 *
 * <pre>attune-admin create-admin EMAIL [--name "Full Name"]</pre>
 *
 * creates the first administrator (see {@link FirstAdministrator}) in the database named by {@code ATTUNE_DB_URL},
 * {@code ATTUNE_DB_USER} and {@code ATTUNE_DB_PASSWORD}, and prints a one-time set-password link based on
 * {@code ATTUNE_BASE_URL} to standard output, the only place it ever appears. A refusal is one line on standard
 * error and a non-zero exit code; every sentence comes from the application's en-GB bundle.
 */
public final class AdminCommand {

    static final int CREATED = 0;
    /** The database is as it should be, but the command must not change it (an administrator exists, ...). */
    static final int REFUSED = 1;
    /** The command line or the environment is wrong (unknown command, malformed e-mail, no database URL). */
    static final int USAGE = 2;
    /** The database cannot be reached or refused a statement. */
    static final int DATABASE_PROBLEM = 3;

    static final String DEFAULT_BASE_URL = "http://localhost:8080";
    private static final String BUNDLE = "org.attune.i18n.messages";
    /** Kept so that the level set on it holds (java.util.logging only keeps weak references). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private AdminCommand() {}

    public static void main(String[] args) {
        // Flyway reports its checks at INFO; the operator needs only this command's own lines.
        FLYWAY_LOG.setLevel(Level.WARNING);
        System.exit(run(List.of(args), System.getenv(), Clock.systemUTC(), System.out, System.err));
    }

    /** Runs a command line; returns the exit code. */
    static int run(List<String> args, Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
        if (args.size() == 1 && List.of("-h", "--help", "help").contains(args.get(0))) {
            out.println(text("adminCommand.usage"));
            return CREATED;
        }
        if (args.isEmpty() || !"create-admin".equals(args.get(0))) {
            err.println(text("adminCommand.usage"));
            return USAGE;
        }
        String email = null;
        String name = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if ("--name".equals(arg) && i + 1 < args.size() && name == null) {
                name = args.get(++i);
            } else if (arg.startsWith("--name=") && name == null) {
                name = arg.substring("--name=".length());
            } else if (!arg.startsWith("--") && email == null) {
                email = arg;
            } else {
                err.println(text("adminCommand.usage"));
                return USAGE;
            }
        }
        if (email == null) {
            err.println(text("adminCommand.usage"));
            return USAGE;
        }
        EnvironmentDatabase database = EnvironmentDatabase.from(environment);
        if (database == null) {
            err.println(text("adminCommand.refused.noDatabase"));
            return USAGE;
        }
        String baseUrl = environment.getOrDefault("ATTUNE_BASE_URL", "");
        FirstAdministrator administrators = new FirstAdministrator(
                database, database.displayUrl(), clock, baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip());
        try {
            FirstAdministrator.Created created =
                    administrators.create(email, name == null ? text("adminCommand.defaultName") : name);
            out.println(text(
                    created.reissued() ? "adminCommand.reissued" : "adminCommand.created",
                    created.email(),
                    created.displayName()));
            out.println(text("adminCommand.link"));
            out.println(created.link());
            return CREATED;
        } catch (FirstAdministrator.Refusal refusal) {
            err.println(text(refusal.key(), refusal.arguments()));
            return refusal.exitCode();
        }
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.UK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }
}
