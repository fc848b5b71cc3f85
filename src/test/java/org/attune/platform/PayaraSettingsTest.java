package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settings integration tests run Payara with ({@code src/test/payara/it.asadmin}, checked by
 * {@code HostileRequestsIT}) are in every shipped pre-boot file too, so what the tests prove is what runs.
 */
class PayaraSettingsTest {

    @Test
    void everyShippedPrebootFileHidesTheServerName() throws IOException {
        List<String> tested = Files.readAllLines(Path.of("src/test/payara/it.asadmin")).stream()
                .filter(line -> !line.isBlank())
                .toList();
        for (String file : List.of(
                "src/main/payara/single-node.asadmin",
                "src/main/payara/cluster-node.asadmin",
                "docker/preboot.asadmin")) {
            List<String> shipped = Files.readAllLines(Path.of(file));
            for (String line : tested) {
                assertTrue(shipped.contains(line), file + " lacks: " + line);
            }
        }
    }
}
