package org.attune.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModerationSamplingTest {

    @Test
    void aTrainersFirstThreeSignOffsAreAlwaysSampled() {
        ModerationSampling never = new ModerationSampling(0, new SplittableRandom(1));
        assertTrue(never.sample(0));
        assertTrue(never.sample(2));
        assertFalse(never.sample(3));
    }

    @Test
    void afterTheFirstThreeTheConfiguredShareIsSampled() {
        ModerationSampling fifth = new ModerationSampling(20, new SplittableRandom(42));
        int sampled = 0;
        for (int i = 0; i < 10_000; i++) {
            if (fifth.sample(10)) {
                sampled++;
            }
        }
        assertTrue(sampled > 1_800 && sampled < 2_200, "about 20% of 10,000: " + sampled);
        assertTrue(new ModerationSampling(100, new SplittableRandom(3)).sample(1_000));
    }

    @Test
    void shareOutsideZeroToHundredIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new ModerationSampling(101, new SplittableRandom()));
        assertEquals(
                "The moderation share is a percentage, 0 to 100: -1",
                assertThrows(IllegalArgumentException.class, () -> new ModerationSampling(-1, new SplittableRandom()))
                        .getMessage());
    }
}
