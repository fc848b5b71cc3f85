package org.attune.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one place integration tests get their deployment from: the real WAR that {@code mvn package} built. */
public final class Deployments {

    private Deployments() {}

    /**
     * The application exactly as it ships, plus the given test helper classes, {@link Eventually} (for tests that run
     * in the server) and {@link SessionMovesToAnotherNode}, which moves each session to "another node" after every
     * request, as a round-robin cluster would.
     */
    public static WebArchive attune(Class<?>... helpers) {
        String path = System.getProperty("attune.war", "target/attune.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the tests with mvn verify");
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addClasses(
                Deployments.class, SessionMovesToAnotherNode.class, Eventually.class, Eventually.Probe.class);
        if (helpers.length > 0) {
            archive.addClasses(helpers);
        }
        return archive;
    }
}
