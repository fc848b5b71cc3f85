package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReturnToTest {

    @Test
    void onlyPathsWithinTheApplicationAreFollowedAfterSignIn() {
        assertTrue(ReturnTo.isLocalPath("/admin/people?q=sam"));
        assertFalse(ReturnTo.isLocalPath("//evil.example/x"));
        assertFalse(ReturnTo.isLocalPath("https://evil.example/"));
        assertFalse(ReturnTo.isLocalPath("/\\evil.example"));
        assertFalse(ReturnTo.isLocalPath("admin"));
    }
}
