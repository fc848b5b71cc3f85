package org.attune.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnakeCaseColumnsTest {

    @Test
    void anAttributeNamedInCamelCaseMapsToTheMigrationsSnakeCaseColumn() {
        assertEquals("organisation_id", SnakeCaseColumns.columnFor("organisationId"));
        assertEquals("password_changed_at", SnakeCaseColumns.columnFor("passwordChangedAt"));
    }

    @Test
    void aOneWordAttributeKeepsItsName() {
        assertEquals("version", SnakeCaseColumns.columnFor("version"));
        assertEquals("id", SnakeCaseColumns.columnFor("id"));
    }

    @Test
    void aDigitEndsAWordLikeALowerCaseLetter() {
        assertEquals("sha256_hex", SnakeCaseColumns.columnFor("sha256Hex"));
    }
}
