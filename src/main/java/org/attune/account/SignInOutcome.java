package org.attune.account;

import java.util.Set;

/** The result of one sign-in attempt. */
public record SignInOutcome(Status status, Long personId, Set<String> groups) {

    public enum Status {
        SIGNED_IN,
        /** Wrong e-mail address or password, or a deactivated account: users are told the same for all three. */
        INVALID,
        /** Too many recent failures for this account or this client address. */
        THROTTLED
    }

    static SignInOutcome signedIn(Person person) {
        return new SignInOutcome(Status.SIGNED_IN, person.id(), Role.groupsOf(person.roles()));
    }

    static SignInOutcome invalid() {
        return new SignInOutcome(Status.INVALID, null, Set.of());
    }

    static SignInOutcome throttled() {
        return new SignInOutcome(Status.THROTTLED, null, Set.of());
    }

    public boolean signedIn() {
        return status == Status.SIGNED_IN;
    }
}
