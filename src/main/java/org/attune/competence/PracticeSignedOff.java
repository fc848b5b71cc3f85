package org.attune.competence;

/** CDI event: a trainee's sign-off now counts (given without sampling, or confirmed). Observed after the commit. */
public record PracticeSignedOff(long traineeId) {}
