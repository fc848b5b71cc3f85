package org.attune.account;

import jakarta.enterprise.context.RequestScoped;

/** Carries the outcome of this request's sign-in attempt from the identity store to the sign-in page. */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome;

    void setOutcome(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    public boolean throttled() {
        return outcome != null && outcome.status() == SignInOutcome.Status.THROTTLED;
    }
}
