package org.attune.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that has been committed is never edited: databases migrated by an earlier release have already run
 * it, and Flyway refuses to start on them when its checksum changes (or, worse, the change never reaches them). The
 * list {@code src/test/resources/db/committed-migrations.txt} holds each committed migration's SHA-256; write the
 * change as a new migration instead. A new migration is added to the list in the commit that adds it.
 */
class CommittedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path LIST = Path.of("src/test/resources/db/committed-migrations.txt");

    @Test
    void noCommittedMigrationIsEditedRemovedOrLeftOffTheList() throws IOException {
        Map<String, String> committed = new TreeMap<>();
        for (String line : Files.readAllLines(LIST)) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split("\\s+");
                committed.put(parts[0], parts[1]);
            }
        }
        Map<String, String> present;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            present = files.collect(Collectors.toMap(
                    f -> f.getFileName().toString(), CommittedMigrationsTest::sha256, (a, b) -> a, TreeMap::new));
        }
        TreeSet<String> problems = new TreeSet<>();
        committed.forEach((name, sum) -> {
            if (!present.containsKey(name)) {
                problems.add(name + " was committed and has been removed or renamed");
            } else if (!present.get(name).equals(sum)) {
                problems.add(name + " was committed and has been edited: put the change in a new migration");
            }
        });
        present.forEach((name, sum) -> {
            if (!committed.containsKey(name)) {
                problems.add(name + " is new: add the line \"" + name + " " + sum + "\" to " + LIST);
            }
        });
        assertEquals(new TreeSet<>(), problems);
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
