package org.attune.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.attune.account.Person;
import org.attune.account.Role;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private final Organisation training = new Organisation(OrganisationKind.TRAINING, "T", T0);
    private final Person lead = new Person("lead@example.org", "Lead", Set.of(Role.LEAD_TRAINER), T0);

    @Test
    void invitationWorksUntilItExpires() {
        Invitation invitation = new Invitation(new Cohort(training, "Spring", T0), lead, T0, Duration.ofDays(14));
        assertTrue(invitation.usableAt(T0.plus(Duration.ofDays(13))));
        assertFalse(invitation.usableAt(T0.plus(Duration.ofDays(14))));
    }

    @Test
    void withdrawnInvitationNoLongerWorks() {
        Invitation invitation = new Invitation(new Cohort(training, "Spring", T0), lead, T0, Duration.ofDays(14));
        invitation.withdraw(T0.plusSeconds(60));
        assertFalse(invitation.usableAt(T0.plusSeconds(61)));
    }

    @Test
    void codesAreLongRandomAndTypedCodesAreNormalised() {
        String code = Invitation.newCode();
        assertEquals(20, code.length());
        assertTrue(code.matches("[A-HJKMNP-TV-Z2-9]+"), code);
        assertNotEquals(code, Invitation.newCode());
        assertEquals("ABCD2345", Invitation.normaliseCode(" abcd-2345 "));
    }

    @Test
    void onlyTrainingOrganisationsHaveCohorts() {
        Organisation employer = new Organisation(OrganisationKind.EMPLOYER, "E", T0);
        assertThrows(
                IllegalArgumentException.class,
                () -> new Cohort(employer, "Spring", T0)); // not a training organisation
    }
}
