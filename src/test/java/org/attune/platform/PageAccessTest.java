package org.attune.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page declares who may use it: it lies under a folder that {@code web.xml} protects with a role, or it is on
 * the short list of public pages below. A new page outside both fails this test.
 */
class PageAccessTest {

    static final Set<String> PUBLIC_PAGES = Set.of(
            "/index.xhtml",
            "/about-accreditation.xhtml",
            "/login.xhtml",
            "/password-reset.xhtml",
            "/password-choose.xhtml",
            "/register.xhtml",
            "/error/400.xhtml",
            "/error/403.xhtml",
            "/error/404.xhtml",
            "/error/500.xhtml",
            "/verify.xhtml",
            "/share.xhtml",
            "/organisations.xhtml",
            "/organisation-profile.xhtml",
            "/privacy.xhtml",
            "/api-docs.xhtml",
            "/feedback.xhtml");

    @Test
    void everyPageIsPublicByNameOrProtectedByARole() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        List<String> protectedPrefixes = new ArrayList<>();
        Matcher constraint = Pattern.compile("<security-constraint>(.*?)</security-constraint>", Pattern.DOTALL)
                .matcher(webXml);
        while (constraint.find()) {
            String block = constraint.group(1);
            if (!block.matches("(?s).*<auth-constraint>\\s*<role-name>.*")) {
                continue; // no role: either forbidden to all (WEB-INF) or not a protection
            }
            Matcher pattern =
                    Pattern.compile("<url-pattern>(/[a-z-]+)/\\*</url-pattern>").matcher(block);
            while (pattern.find()) {
                protectedPrefixes.add(pattern.group(1) + "/");
            }
        }
        List<String> undeclared = new ArrayList<>();
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> pages = Files.walk(root)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String path = "/" + root.relativize(page).toString().replace('\\', '/');
                boolean declared = path.startsWith("/WEB-INF/")
                        || PUBLIC_PAGES.contains(path)
                        || protectedPrefixes.stream().anyMatch(path::startsWith);
                if (!declared) {
                    undeclared.add(path);
                }
            }
        }
        assertEquals(List.of(), undeclared, "pages neither public by name nor protected in web.xml");
    }
}
