package org.attune.quiz;

import java.time.Instant;

/**
 * What an attempt came to, for overviews of many trainees: the module, whether it passed, and when it was submitted
 * (null while it is open).
 */
public record AttemptOutcome(long enrolmentId, String moduleKey, boolean passed, Instant submittedAt) {}
