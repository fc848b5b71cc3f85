package org.attune.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static List<String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::trim).toList();
    }

    @Test
    void pagePolicyEndsWithTheScriptSourcesPrimeFacesAppendsTheNonceTo() {
        List<String> page = directives(SecurityHeaders.FACES_POLICY);
        assertEquals("script-src 'self'", page.get(page.size() - 1));
    }

    @Test
    void neitherPolicyAllowsInlineOrEvaluatedScripts() {
        for (String policy : List.of(SecurityHeaders.FACES_POLICY, SecurityHeaders.CONTENT_SECURITY_POLICY)) {
            String scripts = directives(policy).stream()
                    .filter(d -> d.startsWith("script-src"))
                    .findFirst()
                    .orElseThrow();
            assertFalse(scripts.contains("unsafe"), scripts);
            assertTrue(
                    policy.contains("default-src 'self'")
                            && policy.contains("object-src 'none'")
                            && policy.contains("frame-ancestors 'none'"),
                    policy);
        }
    }

    @Test
    void onlyPagesAllowInlineStylesAndOtherwiseThePoliciesAreTheSame() {
        assertFalse(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("unsafe"));
        assertEquals(
                SecurityHeaders.CONTENT_SECURITY_POLICY,
                SecurityHeaders.FACES_POLICY.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'"));
    }
}
