package org.attune.quiz;

import java.io.Serializable;
import org.attune.catalog.QuizDefinition;

/**
 * An imported quiz's rules and the names pages show for it, as an immutable value: attempts are graded and shown
 * from this, so that hot paths (every saved answer) never read the catalogue's entities inside a transaction.
 */
public record QuizRules(
        long id,
        String moduleKey,
        String moduleTitle,
        String courseCode,
        int drawCount,
        int passMark,
        int attemptsAllowed,
        int coolDownMinutes,
        Integer timeLimitMinutes,
        boolean shuffleOptions,
        boolean partialCredit)
        implements Serializable {

    static QuizRules of(QuizDefinition quiz) {
        return new QuizRules(
                quiz.getId(),
                quiz.getModule().getKey(),
                quiz.getModule().getTitle(),
                quiz.getModule().getVersion().getCourseCode(),
                quiz.getDrawCount(),
                quiz.getPassMark(),
                quiz.getAttemptsAllowed(),
                quiz.getCoolDownMinutes(),
                quiz.getTimeLimitMinutes(),
                quiz.isShuffleOptions(),
                quiz.isPartialCredit());
    }
}
