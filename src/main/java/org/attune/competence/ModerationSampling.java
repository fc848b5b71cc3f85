package org.attune.competence;

import java.util.random.RandomGenerator;

/**
 * Which sign-offs a second trainer must moderate: always a trainer's first {@value #ALWAYS_FIRST}, and after that
 * a share of them at random.
 */
public final class ModerationSampling {

    public static final int ALWAYS_FIRST = 3;

    private final int percent;
    private final RandomGenerator random;

    public ModerationSampling(int percent, RandomGenerator random) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("The moderation share is a percentage, 0 to 100: " + percent);
        }
        this.percent = percent;
        this.random = random;
    }

    /** Whether a sign-off by a trainer who has given {@code earlierSignOffs} before must be moderated. */
    public boolean sample(long earlierSignOffs) {
        return earlierSignOffs < ALWAYS_FIRST || random.nextInt(100) < percent;
    }
}
