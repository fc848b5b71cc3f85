package org.attune.platform.migration;

/** A schema migration could not be applied; the message names the script (when known) and the database's error. */
public class MigrationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String script;

    public MigrationFailedException(String script, String error, Throwable cause) {
        super(
                script == null
                        ? "Database migration failed: " + error
                        : "Database migration " + script + " failed: " + error,
                cause);
        this.script = script;
    }

    /** The script that failed, or {@code null} when the failure came before any script ran. */
    public String script() {
        return script;
    }
}
