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
 * The demo trainee part-way through the practicum: three sessions logged, the first observed by the demo trainer
 * with some competences rated. Made once, through the same services the pages use.
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
        List<CompetenceDefinition> framework = access.syllabusOf(trainee).map(v -> v.competences()).orElse(List.of());
        if (framework.isEmpty()) {
            return; // no course imported: nothing to rate against
        }
        LocalDate today = LocalDate.now(clock);
        PracticumSession first = practicum.log(trainee, new PracticumEntry(today.minusDays(21), Setting.FAMILY_HUB, 1,
                6, "Two babies were in quiet alert at the start; one turned away and put a hand to her ear during the"
                        + " leg strokes, and I invited her mum to pause and wait for her to look back.",
                "Parents liked the pace; one said she had never noticed her baby's 'no' before."));
        practicum.log(trainee, new PracticumEntry(today.minusDays(14), Setting.FAMILY_HUB, 2, 5, "More crying this"
                + " week. I said crying is how babies talk and suggested holding instead of massaging for two of them.",
                "One parent asked for a session at a different time; the others asked for the song sheet."));
        practicum.log(trainee, new PracticumEntry(today.minusDays(7), Setting.CLINIC, 3, 5, "I modelled asking"
                + " permission with the doll and waited; three parents now ask without prompting.",
                "Parents said the permission ritual felt awkward at first and now feels natural."));
        Map<String, ObservationForm.Judgement> judgements = new LinkedHashMap<>();
        for (int i = 0; i < framework.size(); i++) {
            Rating rating = i < 5 ? Rating.COMPETENT : i < 7 ? Rating.NOT_YET_COMPETENT : Rating.NOT_OBSERVED;
            judgements.put(framework.get(i).getKey(), new ObservationForm.Judgement(rating,
                    rating == Rating.NOT_OBSERVED ? null : rating == Rating.COMPETENT
                            ? "Seen clearly during the session, with every family."
                            : "Not yet: talked mostly about strokes; try a tentative reading of the baby's cues."));
        }
        observations.save(trainer, first.getId(), null, new ObservationForm(today.minusDays(21),
                "A warm, unhurried first session. Next: speak for the babies more, and less about technique.",
                judgements), null);
    }
}
