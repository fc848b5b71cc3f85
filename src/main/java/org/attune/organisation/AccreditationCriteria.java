package org.attune.organisation;

import java.util.List;

/** The published criteria a training organisation is accredited against as communication-focused. */
public final class AccreditationCriteria {

    /** In order: criterion 1 is the first. */
    public static final List<String> ALL = List.of(
            "Most contact time is on infant communication, relationships and parental wellbeing; strokes are the"
                    + " vehicle.",
            "The curriculum teaches the delivery mechanisms and the limits of the evidence.",
            "A supervised practicum: a full multi-session programme with at least five families.",
            "Competence is judged by observed practice against a competence framework, not by written exam alone.",
            "A module on reaching disadvantaged families, and data on who actually attends.",
            "Mandatory safety and safeguarding content (Working Together 2023, bruising protocol, DBS guidance).",
            "Parent-only touch and a code of ethics.",
            "Renewal tied to continuing professional development, with a public register managers can check.",
            "Programme evaluation with parent feedback.");

    private AccreditationCriteria() {
    }
}
