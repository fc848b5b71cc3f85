package org.attune.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.catalog.CompetenceDefinition;
import org.attune.competence.ObservationForm;
import org.attune.competence.ObservationService;
import org.attune.competence.PracticumEntry;
import org.attune.competence.PracticumService;
import org.attune.competence.PracticumSession;
import org.attune.competence.Rating;
import org.attune.competence.Setting;
import org.attune.competence.TraineeAccess;

/**
 * The demo trainee part-way through the practicum: three sessions logged, the first and the third observed by the
 * demo trainer two weeks apart, so the record shows competences evidenced on two dates, some on one date only,
 * some not yet competent and the discussion and portfolio ones still to do. Made once, through the same services
 * the pages use.
 */
@ApplicationScoped
class DemoPractice {

    @Inject
    private Clock clock;

    @Inject
    private PeopleService people;

    @Inject
    private PracticumService practicum;

    @Inject
    private ObservationService observations;

    @Inject
    private TraineeAccess access;

    void seed() {
        Person trainee = people.findByEmail("trainee2@attune.example").orElseThrow();
        Person trainer = people.findByEmail("trainer@attune.example").orElseThrow();
        if (!practicum.sessionsOf(trainee.id()).isEmpty()) {
            return;
        }
        List<CompetenceDefinition> framework =
                access.syllabusOf(trainee).map(v -> v.competences()).orElse(List.of());
        if (framework.isEmpty()) {
            return; // no course imported: nothing to rate against
        }
        LocalDate today = LocalDate.now(clock);
        PracticumSession first = practicum.log(
                trainee,
                new PracticumEntry(
                        today.minusDays(21),
                        Setting.FAMILY_HUB,
                        1,
                        1,
                        FIRST_FAMILIES,
                        "Two babies were in quiet alert at the start; one turned away and put a hand to"
                                + " her ear during the leg strokes, and I invited her mum to pause and wait for her to look"
                                + " back.",
                        "Parents liked the pace; one said she had never noticed her baby's 'no' before."));
        practicum.log(
                trainee,
                new PracticumEntry(
                        today.minusDays(14),
                        Setting.FAMILY_HUB,
                        1,
                        2,
                        List.of("F1", "F2", "F3", "F5", "F6"),
                        "More crying this"
                                + " week. I said crying is how babies talk and suggested holding instead of massaging for two of them.",
                        "One parent asked for a session at a different time; the others asked for the song sheet."));
        PracticumSession third = practicum.log(
                trainee,
                new PracticumEntry(
                        today.minusDays(7),
                        Setting.CLINIC,
                        1,
                        3,
                        List.of("F1", "F2", "F4", "F5", "F6"),
                        "I modelled asking permission with the doll and waited; three parents now ask without prompting.",
                        "Parents said the permission ritual felt awkward at first and now feels natural."));
        Map<String, ObservationForm.Judgement> early = new LinkedHashMap<>();
        Map<String, ObservationForm.Judgement> later = new LinkedHashMap<>();
        for (CompetenceDefinition c : framework) {
            early.put(
                    c.getKey(),
                    EARLY.containsKey(c.getKey())
                            ? new ObservationForm.Judgement(Rating.NOT_YET_COMPETENT, EARLY.get(c.getKey()))
                            : FIRST_SEEN.contains(c.getKey())
                                    ? new ObservationForm.Judgement(Rating.COMPETENT, DemoEvidence.note(c.getKey(), 0))
                                    : new ObservationForm.Judgement(Rating.NOT_OBSERVED, null));
            later.put(
                    c.getKey(),
                    LATER_SEEN.contains(c.getKey())
                            ? new ObservationForm.Judgement(Rating.COMPETENT, DemoEvidence.note(c.getKey(), 1))
                            : new ObservationForm.Judgement(Rating.NOT_OBSERVED, null));
        }
        observations.save(
                trainer,
                first.getId(),
                null,
                new ObservationForm(
                        today.minusDays(21),
                        "A warm, unhurried first session. Next: speak for the babies more, and less about technique.",
                        early),
                null);
        observations.save(
                trainer,
                third.getId(),
                null,
                new ObservationForm(
                        today.minusDays(7),
                        "Much more attuned: you let the babies lead. Next time we will talk through safeguarding, and I will"
                                + " observe once more for the competences seen only once so far.",
                        later),
                null);
    }

    /** Part-way through one programme: six families at session 1, five of them at each session since. */
    private static final List<String> FIRST_FAMILIES = List.of("F1", "F2", "F3", "F4", "F5", "F6");

    /** Competent at the first observation (the earlier of two needed on different dates). */
    private static final List<String> FIRST_SEEN = List.of(
            "welcoming-group-climate", "naming-states", "reading-cues", "permission-ritual", "safety-screening");

    /** Not yet competent at the first observation, with what the trainer saw. */
    private static final Map<String, String> EARLY = Map.of(
            "modelling-sensitivity",
                    "Not yet: reached for a baby's leg to show a stroke; demonstrate on the doll" + " only.",
            "speaking-for-the-baby",
                    "Not yet: talked mostly about strokes and digestion; try a tentative reading"
                            + " of what a baby's cues might mean.");

    /** Competent at the later observation: some for the second time, some for the first. */
    private static final List<String> LATER_SEEN = List.of(
            "welcoming-group-climate",
            "reading-cues",
            "modelling-sensitivity",
            "speaking-for-the-baby",
            "strengths-based-coaching");
}
