package org.attune.quiz;

/** CDI event: a trainee's quiz attempt was graded (or re-graded) as passed. Observed after the commit. */
public record QuizPassed(long personId, String moduleKey) {}
