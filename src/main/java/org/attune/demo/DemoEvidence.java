package org.attune.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo trainer's evidence notes, specific to each competence of the infant-communication framework, so the demo
 * record reads like a real one: per competence a note for an earlier and for a later observation (competences
 * assessed by discussion or portfolio have one note, naming what was discussed or reviewed).
 */
final class DemoEvidence {

    private static final Map<String, List<String>> NOTES = Map.ofEntries(
            Map.entry(
                    "invitation-and-engagement",
                    List.of("Portfolio: the invitation letter written with the"
                            + " health visitor team and the referral list from the family hub; four of six families came"
                            + " through a personal invitation rather than a leaflet.")),
            Map.entry(
                    "welcoming-group-climate",
                    List.of(
                            "Greeted each parent and baby by name at the door; said crying is how babies talk when one"
                                    + " baby cried through the opening song.",
                            "Kept talk to short pieces between practice; a father sitting apart was drawn into the circle"
                                    + " by a question about his baby.")),
            Map.entry(
                    "naming-states",
                    List.of(
                            "Named a drowsy baby's heavy eyelids and suggested waiting for quiet alert before starting.",
                            "Asked parents what state their baby was in before each part and let two start later.")),
            Map.entry(
                    "reading-cues",
                    List.of(
                            "Pointed out a baby turning away with a hand to her ear and suggested a pause; the mother"
                                    + " waited and the baby looked back.",
                            "Noticed hiccups and splayed fingers as disengagement cues and invited the parent to hold"
                                    + " the baby instead.")),
            Map.entry(
                    "permission-ritual",
                    List.of(
                            "Modelled showing open hands to the doll and asking aloud, then waiting.",
                            "When a baby arched away, said \"that looks like a no for now\" warmly and moved on to"
                                    + " a song.")),
            Map.entry(
                    "modelling-sensitivity",
                    List.of(
                            "Demonstrated on the doll only, slowly and with a soft voice matching the babies' pace.",
                            "Kept to the doll when a parent asked to be shown on her baby, and guided her hands by"
                                    + " description instead.")),
            Map.entry(
                    "speaking-for-the-baby",
                    List.of(
                            "Offered \"I wonder if he's telling you he's had enough\" to a parent whose baby yawned"
                                    + " and looked away.",
                            "Gave tentative readings of three babies' faces and invited the parents to add their own.")),
            Map.entry(
                    "strengths-based-coaching",
                    List.of(
                            "Praised a specific moment: \"she stilled when you slowed your voice.\"",
                            "Named what a nervous father did well when he paused for his son's gaze, rather than"
                                    + " correcting his strokes.")),
            Map.entry(
                    "parental-wellbeing",
                    List.of(
                            "Noticed a mother who was quiet and tearful and checked in with her privately at the end.",
                            "Gave the same mother the family hub's perinatal support leaflet and the health visitor's"
                                    + " number, without counselling beyond the role.")),
            Map.entry(
                    "safety-screening",
                    List.of(
                            "Asked each parent about immunisations in the last 48 hours, illness and skin before starting.",
                            "Checked skin and health again at this session and advised one parent with a feverish baby"
                                    + " to only cuddle today.")),
            Map.entry(
                    "safeguarding",
                    List.of("Professional discussion: talked through the bruising scenario"
                            + " (a bruise on a baby who is not yet mobile); named the local procedure, who she would call"
                            + " the same day and what she would record, without accepting an explanation.")),
            Map.entry(
                    "reflection",
                    List.of("Professional discussion: going through her practicum log, she"
                            + " named pacing the talk as her own development need, quoted two parents' feedback and what she"
                            + " changed because of it.")));

    private DemoEvidence() {}

    /** The note for a competence at the given observation (0 the earlier, 1 the later). */
    static String note(String competenceKey, int observation) {
        List<String> notes = NOTES.getOrDefault(competenceKey, List.of("Seen clearly with every family."));
        return notes.get(Math.min(observation, notes.size() - 1));
    }
}
