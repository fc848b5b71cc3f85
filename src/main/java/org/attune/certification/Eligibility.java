package org.attune.certification;

import java.io.Serializable;
import java.util.List;

/** The trainee's checklist for a certificate (or its renewal): each criterion, whether it holds, and the detail. */
public record Eligibility(List<Check> checks) implements Serializable {

    /** One criterion. */
    public record Check(String label, boolean done, String detail) implements Serializable {
    }

    public boolean ready() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::done);
    }

    public boolean isReady() {
        return ready();
    }
}
