package org.attune.competence;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.attune.platform.Text;

/** One trainee's progress as the trainer's dashboard shows it. */
public record TraineeProgress(
        long personId,
        String name,
        String email,
        List<String> cohorts,
        int modulesRead,
        int quizzesPassed,
        int modules,
        int sessionsDelivered,
        int targetSessions,
        int competent,
        int competences,
        String signOff,
        Instant lastActivity,
        List<Text> attention)
        implements Serializable {

    public static int percent(int done, int total) {
        return total == 0 ? 0 : Math.min(100, (int) Math.round(100.0 * done / total));
    }

    public int modulesPercent() {
        return percent(modulesRead, modules);
    }

    public int quizzesPercent() {
        return percent(quizzesPassed, modules);
    }

    public int practicumPercent() {
        return percent(sessionsDelivered, targetSessions);
    }

    public int competencesPercent() {
        return percent(competent, competences);
    }

    public String getAttentionText() {
        return String.join("; ", attention.stream().map(Text::render).toList());
    }

    public String getCohortsText() {
        return String.join(", ", cohorts);
    }

    public boolean needsAttention() {
        return !attention.isEmpty();
    }
}
