package org.attune.quiz.web;

import java.io.Serializable;

/**
 * A graded question as feedback shows it: what the trainee answered, the right answer, the explanation and the
 * module section that teaches it.
 *
 * @param verdict right, partly-right, wrong or unanswered
 */
public record ReviewedQuestion(int number, String key, String text, String vignette, String yourAnswer,
        String rightAnswer, String verdict, double score, String explanation, String moduleKey, String section)
        implements Serializable {
}
