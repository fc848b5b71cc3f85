package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key a page uses exists in the en-GB bundle, so no page shows "???key???". */
class MessageBundleTest {

    private static final Pattern KEY = Pattern.compile("#\\{msg\\['([^']+)'\\]");

    @Test
    void everyKeyUsedByAPageIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/attune/i18n/messages_en_GB.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY.matcher(Files.readString(page));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(page + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
