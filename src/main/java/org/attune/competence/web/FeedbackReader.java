package org.attune.competence.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.competence.EvidenceFile;
import org.attune.competence.Observation;
import org.attune.competence.ObservationService;
import org.attune.competence.PracticumService;
import org.attune.competence.PracticumSession;

/** Turns a trainee's observations into the feedback list both the trainee's and the trainer's pages show. */
@ApplicationScoped
class FeedbackReader {

    @Inject
    private ObservationService observations;

    @Inject
    private PracticumService practicum;

    List<Feedback> feedbackFor(long traineeId) {
        List<Observation> list = observations.observationsOf(traineeId);
        Map<Long, List<Feedback.EvidenceLink>> files = new HashMap<>();
        for (EvidenceFile f :
                observations.filesOf(list.stream().map(Observation::getId).toList())) {
            files.computeIfAbsent(f.getObservationId(), k -> new ArrayList<>())
                    .add(new Feedback.EvidenceLink(
                            f.getId(), f.getFile().getFileName(), f.getFile().getSize()));
        }
        Map<Long, Integer> numbers = new HashMap<>();
        for (PracticumSession s : practicum.sessionsOf(traineeId)) {
            numbers.put(s.getId(), s.getSessionNumber());
        }
        List<Feedback> feedback = new ArrayList<>();
        for (Observation o : list) {
            feedback.add(new Feedback(
                    o.getId(),
                    o.getSessionId(),
                    numbers.getOrDefault(o.getSessionId(), 0),
                    o.getObservedOn(),
                    observations.nameOf(o.getTrainerId()),
                    o.getOverallComment(),
                    files.getOrDefault(o.getId(), List.of())));
        }
        return feedback;
    }
}
