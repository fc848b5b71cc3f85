package org.attune.quiz;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Where a trainee stands with one module's quiz: attempts so far (newest first), whether they passed, and whether
 * and when they may start another.
 */
public record QuizStatus(
        String moduleKey,
        int attemptsAllowed,
        int attemptsUsed,
        boolean passed,
        Double bestScore,
        Long openAttemptId,
        Instant nextStart,
        List<AttemptSummary> attempts)
        implements Serializable {

    /** One attempt as the trainee's quiz page lists it. */
    public record AttemptSummary(
            long id,
            int number,
            Instant startedAt,
            Instant submittedAt,
            Double score,
            boolean passed,
            boolean timedOut,
            boolean overridden)
            implements Serializable {}

    public boolean isOpen() {
        return openAttemptId != null;
    }

    public boolean isOutOfAttempts() {
        return !passed && openAttemptId == null && attemptsUsed >= attemptsAllowed;
    }

    /** In the cool-down after a failed attempt, at the given time. */
    public boolean isCoolingDown(Instant now) {
        return nextStart != null && now.isBefore(nextStart);
    }

    public boolean canStart(Instant now) {
        return !passed && openAttemptId == null && attemptsUsed < attemptsAllowed && !isCoolingDown(now);
    }

    public int getAttemptsLeft() {
        return Math.max(0, attemptsAllowed - attemptsUsed);
    }
}
