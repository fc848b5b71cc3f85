package org.attune.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportQueryTest {

    @Test
    void placeholdersBecomeBoundParametersInTheirOrder() {
        ExportQuery query = new ExportQuery(
                "audit-events.json",
                "events",
                "audit_event",
                Set.of("actor"),
                "SELECT 1 FROM audit_event WHERE actor = {idtext} OR subject = {ref} OR subject = {email}"
                        + " OR x = {id}");
        assertEquals(
                "SELECT 1 FROM audit_event WHERE actor = ? OR subject = ? OR subject = ? OR x = ?", query.jdbcSql());
        assertEquals(List.of("42", "person:42", "a@example.org", 42L), query.parameters(42, "a@example.org"));
    }

    @Test
    void everyExportFileIsExplainedAndNoQuerySelectsASecret() {
        assertTrue(PersonalData.files().contains("profile.json"));
        for (ExportQuery query : PersonalData.QUERIES) {
            String select = query.sql().toLowerCase();
            assertFalse(
                    select.contains("password_hash")
                            || select.contains("token_hash")
                            || select.contains("content,")
                            || select.contains(" content from"),
                    query.key());
        }
        assertEquals(
                PersonalData.files().size(),
                PersonalData.files().stream().distinct().count());
    }

    @Test
    void uploadedFileNamesAreMadeSafeForAZipEntry() {
        assertEquals("evil.png", SubjectAccessExport.safeName("../evil.png"));
        assertEquals("a_b_c.pdf", SubjectAccessExport.safeName("a/b\\c.pdf"));
        assertEquals("file", SubjectAccessExport.safeName(null));
    }
}
