package org.attune.certification;

import java.io.Serializable;
import java.util.List;
import org.attune.platform.Text;

/** The trainee's checklist for a certificate (or its renewal): each criterion, whether it holds, and the detail. */
public record Eligibility(List<Check> checks) implements Serializable {

    /** One criterion. */
    public record Check(Text label, boolean done, Text detail) implements Serializable {}

    public boolean ready() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::done);
    }

    public boolean isReady() {
        return ready();
    }
}
