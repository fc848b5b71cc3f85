package org.attune.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.attune.audit.AuditActor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Imports the content tree at start-up (after the migrations); problems are logged and the live version kept. */
@Startup
@Singleton
@DependsOn("MigrationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentStartup {

    private static final Logger LOG = Logger.getLogger(ContentStartup.class.getName());

    @Inject
    @ConfigProperty(name = "attune.content.path", defaultValue = "./content")
    private String contentPath;

    @Inject
    private ContentImportService imports;

    @PostConstruct
    void importContent() {
        Path root = Path.of(contentPath).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            LOG.warning(() -> "No content folder at " + root + " (set ATTUNE_CONTENT_PATH): no course imported");
            return;
        }
        imports.importFrom(root, AuditActor.START_UP);
    }

    public Path contentRoot() {
        return Path.of(contentPath).toAbsolutePath().normalize();
    }

    /**
     * The media folder of the course with this code in the content tree, if any. A course folder's code is read from
     * its manifest's first {@code code:} line, which the validator has already checked.
     */
    public Optional<Path> mediaFolder(String courseCode) {
        try (Stream<Path> dirs = Files.list(contentRoot())) {
            return dirs.filter(dir -> courseCode.equals(codeOf(dir.resolve("course.yaml"))))
                    .map(dir -> dir.resolve("media").normalize())
                    .filter(Files::isDirectory)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String codeOf(Path manifest) {
        try (Stream<String> lines = Files.lines(manifest)) {
            return lines.filter(l -> l.startsWith("code:"))
                    .map(l -> l.substring(5).strip().replace("\"", ""))
                    .findFirst()
                    .orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }
}
